import * as vscode from 'vscode';
import { annotatedTexts, CSV_FILE_BOM, exportCsv, exportSummary, exportWebAnnotations } from '../../core/notes';
import { allowWrite } from '../trust';
import { writeFileAtomically } from '../workspaceWrite';
import type { NoteLibrary } from './noteLibrary';

interface ExportFormat extends vscode.QuickPickItem {
  /** The name a caller gives the format, as `chancery export --format` takes it. */
  readonly id: string;
  readonly extension: string;
  readonly write: typeof exportCsv;
}

const FORMATS: readonly ExportFormat[] = [
  // With a byte order mark, or Excel misreads every name that is not ASCII.
  { id: 'csv', label: 'CSV', description: 'one row per note, for spreadsheets (UTF-8 with BOM)', extension: 'csv', write: (texts) => CSV_FILE_BOM + exportCsv(texts) },
  { id: 'w3c', label: 'W3C Web Annotation (JSON-LD)', description: 'for annotation tools', extension: 'jsonld', write: exportWebAnnotations },
];

/**
 * The export file as the message names it: its path in the workspace, else its full path (a file saved outside the
 * workspace folders), never only a name that could be a text's.
 */
function exportName(target: vscode.Uri): string {
  const inWorkspace = vscode.workspace.getWorkspaceFolder(target) !== undefined;
  return inWorkspace ? vscode.workspace.asRelativePath(target) : target.scheme === 'file' ? target.fsPath : target.toString(true);
}

/**
 * Chancery: Export Notes…: every note of the workspace, as the Notes view shows it (each with its current place), to a
 * file the analyst chooses, in one of the command line's formats (`chancery export`). With several workspace folders,
 * a text's path starts with its folder's name. A sidecar with an error is exported with the notes that could be read,
 * and the analyst is told which sidecars those are. A task or another extension may name the format (`csv`, `w3c`) and
 * the file, and is then asked nothing. Returns the file written, if any.
 */
export async function exportNotes(library: NoteLibrary, given: { format?: string; target?: vscode.Uri } = {}): Promise<vscode.Uri | undefined> {
  if (!allowWrite('export notes')) {
    return undefined;
  }
  const format = FORMATS.find((f) => f.id === given.format) ?? (await vscode.window.showQuickPick(FORMATS, { placeHolder: 'Export every note of the workspace as' }));
  if (!format) {
    return undefined;
  }
  const folders = vscode.workspace.workspaceFolders ?? [];
  const target =
    given.target ??
    (await vscode.window.showSaveDialog({
      defaultUri: folders[0] ? vscode.Uri.joinPath(folders[0].uri, `chancery-notes.${format.extension}`) : undefined,
      filters: { [format.label]: [format.extension] },
      saveLabel: 'Export Notes',
    }));
  if (!target) {
    return undefined;
  }
  await library.ready;
  const notes = library.all().map((placed) => (folders.length > 1 ? { ...placed, doc: `${placed.folder.name}/${placed.doc}` } : placed));
  const texts = annotatedTexts(notes);
  await writeFileAtomically(target, new TextEncoder().encode(format.write(texts)));
  // A sidecar of a newer Chancery is read whole, only not rewritten: its notes are in the export.
  const broken = library.unreadable().filter((b) => b.notesUnread !== false);
  const message = exportSummary(exportName(target), notes.length, texts.length, broken.map((b) => b.doc));
  // Not awaited: the message stays until the analyst dismisses it, and the export is done.
  void (broken.length > 0 ? vscode.window.showWarningMessage(message, 'Show Problems', 'Open Export') : vscode.window.showInformationMessage(message, 'Open Export')).then((choice) =>
    choice === 'Open Export' ? vscode.window.showTextDocument(target) : choice === 'Show Problems' ? vscode.commands.executeCommand('workbench.actions.view.problems') : undefined,
  );
  return target;
}
