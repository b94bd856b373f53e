// Chancery: Export Notes… as a task or another extension runs it, with the format and the file given: the file holds
// every note of the workspace with its text and current place, in the command line's formats.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const MOSCOW = 'texts/2020-09-10-moscow-foreign-ministers.txt';
const CHAIRED = 'n-dmwf4aaz2t4u';

const BOM = [0xef, 0xbb, 0xbf];

/** The file the command wrote, as bytes, and as text without a byte order mark. */
async function exportedFile(format: string, name: string): Promise<{ bytes: Uint8Array; text: string }> {
  const [folder] = vscode.workspace.workspaceFolders ?? [];
  assert.ok(folder, 'a workspace folder is open');
  const target = vscode.Uri.joinPath(folder.uri, name);
  const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('chancery.exportNotes', { format, target });
  assert.equal(written?.toString(), target.toString(), 'the command says which file it wrote');
  const bytes = await vscode.workspace.fs.readFile(target);
  await vscode.workspace.fs.delete(target);
  return { bytes, text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes) };
}

async function exported(format: string, name: string): Promise<string> {
  return (await exportedFile(format, name)).text;
}

describe('Exporting notes', () => {
  before(async () => {
    await vscode.extensions.getExtension('chancery.chancery')?.activate();
  });

  it('writes every note as CSV, one row each, with its text, its place now and its body', async () => {
    const rows = (await exported('csv', 'notes-export.csv')).split('\r\n');
    assert.equal(rows[0], 'text,id,anchor,start,end,passage,exact,prefix,suffix,tags,about,author,created,updated,body,replies');
    const chaired = rows.find((row) => row.startsWith(`${MOSCOW},${CHAIRED},`));
    assert.ok(chaired, `no row for ${CHAIRED}:\n${rows.join('\n')}`);
    // Anchored on the text as it is now (earlier suites edit it): found, at offsets where the quote stands.
    const [, , anchor, start, end, exact] = chaired.split(',');
    assert.match(anchor ?? '', /^(?:exact|moved)$/);
    assert.equal(exact, 'Sergey Lavrov chaired the meeting');
    const [text] = await vscode.workspace.findFiles(MOSCOW);
    assert.ok(text);
    const content = (await vscode.workspace.openTextDocument(text)).getText();
    assert.equal(content.slice(Number(start), Number(end)), exact);
  });

  it('starts the CSV file with a UTF-8 byte order mark, for Excel, and the JSON-LD file without one', async () => {
    const csv = await exportedFile('csv', 'notes-bom.csv');
    assert.deepEqual([...csv.bytes.slice(0, 3)], BOM);
    assert.ok(csv.text.startsWith('text,id,'), 'the header follows the mark');
    const jsonld = await exportedFile('w3c', 'notes-bom.jsonld');
    assert.equal(jsonld.bytes[0], '{'.charCodeAt(0));
  });

  it('writes every note as a W3C Web Annotation collection', async () => {
    const collection = JSON.parse(await exported('w3c', 'notes-export.jsonld')) as { type: string; first: { items: { id: string; target: { source: string } }[] } };
    assert.equal(collection.type, 'AnnotationCollection');
    const item = collection.first.items.find((i) => i.id === `urn:chancery:note:${CHAIRED}`);
    assert.equal(item?.target.source, MOSCOW);
  });
});
