import * as vscode from 'vscode';
import type { Problem } from '../core/model';

/** A core problem (0-based line and column) as an editor diagnostic covering the rest of its line. */
export function toDiagnostic(problem: Problem, document?: vscode.TextDocument): vscode.Diagnostic {
  const line = Math.max(0, problem.line);
  const endColumn = document && line < document.lineCount ? Math.max(problem.column + 1, document.lineAt(line).text.length) : problem.column + 1;
  const range = new vscode.Range(line, problem.column, line, endColumn);
  const severity = problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const diagnostic = new vscode.Diagnostic(range, problem.message, severity);
  diagnostic.source = 'chancery';
  return diagnostic;
}

/** The last segment of a URI's path, its file name (`texts/moscow.txt` -> `moscow.txt`), for messages and siblings. */
export function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** The workspace-relative path (with '/') of a URI inside a folder, or undefined when it lies outside. */
export function relativePath(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string | undefined {
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  if (uri.scheme !== folder.uri.scheme || uri.authority !== folder.uri.authority || !uri.path.startsWith(base)) {
    return undefined;
  }
  return uri.path.slice(base.length);
}
