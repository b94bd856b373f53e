// The seed texts as the seeds run sees them: opened from the workspace, with the gold annotations read by path
// from ../shared/seeds-gold (never copied into the project).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { GoldMeeting } from '../../grammar/heldout/heldout';
import { waitFor } from '../waitFor';

/** The repository root: this bundle is out/test/integration/seeds/index.js. */
const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const goldDir = path.resolve(repoRoot, '..', 'shared', 'seeds-gold');

/** A meeting of a gold file, as GUIDELINES.md defines it (one type for the grammar's held-out sets and the seeds). */
export type { GoldMeeting } from '../../grammar/heldout/heldout';

/** A seed's gold file: the text it annotates (by file name) and its meetings. */
export interface Gold {
  readonly text: string;
  readonly meetings: readonly GoldMeeting[];
}

/** Every gold file, each with the name of its seed text (`000_x.gold.json` annotates `000_x.txt`). */
export function readGold(): Gold[] {
  const files = fs.readdirSync(goldDir).filter((name) => name.endsWith('.gold.json')).sort();
  assert.ok(files.length > 0, `no gold files in ${goldDir}`);
  return files.map((name) => {
    const data = JSON.parse(fs.readFileSync(path.join(goldDir, name), 'utf8')) as { meetings?: GoldMeeting[] };
    return { text: name.replace(/\.gold\.json$/, '.txt'), meetings: data.meetings ?? [] };
  });
}

/** What Chancery's activate() returns, as far as these tests use it. */
export interface ChanceryApi {
  readonly views: { readonly meetings: vscode.TreeDataProvider<unknown> };
}

/** Activates Chancery and returns its API. */
export async function chanceryApi(): Promise<ChanceryApi> {
  const extension = vscode.extensions.getExtension<ChanceryApi>('chancery.chancery');
  assert.ok(extension, 'Chancery is installed in the extension host');
  return extension.activate();
}

/** The seed texts of the workspace, by file name, that contain `phrase`. */
export async function seedsContaining(phrase: string): Promise<vscode.Uri[]> {
  const uris = await vscode.workspace.findFiles('*.txt');
  const found: vscode.Uri[] = [];
  for (const uri of uris) {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    if (text.includes(phrase)) found.push(uri);
  }
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/** Opens a seed text in an editor and waits until it is Diplomatic Text. */
export async function openSeed(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  await waitFor(() => document.languageId === 'diplomatic', 10_000, `${baseName(uri)} to open as Diplomatic Text`);
  return editor;
}

/** The file name of a URI. */
export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** The text of a tree item's label, whatever form the provider gave it. */
export function labelText(item: vscode.TreeItem): string {
  const label = item.label;
  if (label === undefined) return '';
  return typeof label === 'string' ? label : label.label;
}

/** The markdown of hovers as a reader sees it: the contents joined, markdown escapes (`\_`) removed. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}
