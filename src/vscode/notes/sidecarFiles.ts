import * as vscode from 'vscode';
import { parseSidecar, writeSidecar, type SidecarEdit, type SidecarParse } from '../../core/notes';
import { writeFileAtomically } from '../workspaceWrite';

/** How many times a write is retried when the file changed on disk between reading and writing. */
const MAX_ATTEMPTS = 3;

/** The sidecar of a text: `X.txt` -> `X.txt.notes.yaml`, in the same folder. */
export function sidecarUriOf(text: vscode.Uri): vscode.Uri {
  return text.with({ path: `${text.path}.notes.yaml` });
}

/**
 * Applies a per-note change to a sidecar without ever losing anything:
 * - a sidecar open in an editor is changed through a WorkspaceEdit (undo and the dirty state work; a document the
 *   user had not modified is saved, one with the user's own unsaved edits stays dirty, edits included);
 * - otherwise the change is computed on the file as read, the file is read again just before writing and, if it
 *   changed meanwhile (git pull), the change is re-applied to the fresh parse; the write is atomic.
 * A sidecar that does not parse is never written: `change` refuses it and the reason is returned.
 */
export async function changeSidecar(uri: vscode.Uri, textName: string, change: (parse: SidecarParse) => SidecarEdit): Promise<{ ok: true } | { ok: false; reason: string }> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) {
    const edit = change(parseSidecar(open.getText()));
    if (!edit.ok) {
      return edit;
    }
    const wasDirty = open.isDirty;
    const workspaceEdit = new vscode.WorkspaceEdit();
    workspaceEdit.replace(uri, new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length)), edit.text);
    if (!(await vscode.workspace.applyEdit(workspaceEdit))) {
      return { ok: false, reason: 'VS Code refused the edit of the open sidecar.' };
    }
    if (!wasDirty) {
      await open.save();
    }
    return { ok: true };
  }
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const before = await readDisk(uri);
    const edit = change(parseSidecar(before ?? writeSidecar({ text: textName }, [])));
    if (!edit.ok) {
      return edit;
    }
    if ((await readDisk(uri)) !== before) {
      continue;
    }
    await writeFileAtomically(uri, new TextEncoder().encode(edit.text));
    return { ok: true };
  }
  return { ok: false, reason: 'The sidecar kept changing on disk while Chancery tried to write it; try again.' };
}

async function readDisk(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
