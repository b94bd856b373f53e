import * as vscode from 'vscode';
import { decodeText, describeUnreadable } from '../../core/corpus/textDecoding';
import type { ChanceryLog } from '../log';
import type { FolderRegistry, RegistryService } from '../registry/registryService';

/** Files larger than this are not read as texts (a 50 MB dump is not a communiqué). */
const MAX_TEXT_BYTES = 20 * 1024 * 1024;

/**
 * Checks, in the background, that each folder's corpus globs match files and that those files are readable texts.
 * Every problem is said once in the output channel, with the path. The corpus index (issue 4) will take this over.
 */
export class CorpusCheck implements vscode.Disposable {
  private readonly subscription: vscode.Disposable;
  private running = new Map<string, vscode.CancellationTokenSource>();

  constructor(
    registries: RegistryService,
    private readonly log: ChanceryLog,
  ) {
    this.subscription = registries.onDidChange((folder) => {
      const entry = registries.forUri(folder.uri);
      if (entry) {
        void this.check(entry);
      }
    });
  }

  private async check({ folder, registry }: FolderRegistry): Promise<void> {
    const key = folder.uri.toString();
    this.running.get(key)?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.running.set(key, source);
    const files: vscode.Uri[] = [];
    for (const glob of registry.corpus) {
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), '**/node_modules/**', undefined, source.token);
      if (found.length === 0) {
        this.log.warnOnce(`${key}:glob:${glob}`, `${folder.name}/chancery.yaml: the corpus glob "${glob}" matches no file.`);
      }
      files.push(...found.filter((f) => !f.path.endsWith('.notes.yaml')));
    }
    for (const uri of files) {
      if (source.token.isCancellationRequested) {
        return;
      }
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_TEXT_BYTES) {
        this.log.warnOnce(`${uri.toString()}:size`, `${uri.path}: skipped, it is ${(stat.size / 1048576).toFixed(1)} MB, over the 20 MB limit for a text.`);
        continue;
      }
      const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
      if (!decoded.ok) {
        this.log.warnOnce(`${uri.toString()}:${decoded.reason}`, describeUnreadable(uri.path, decoded.reason));
      }
    }
    this.log.info(`${folder.name}: ${files.length} corpus file(s) checked.`);
  }

  dispose(): void {
    this.subscription.dispose();
    for (const source of this.running.values()) {
      source.cancel();
    }
  }
}
