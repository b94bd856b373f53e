import * as vscode from 'vscode';

/**
 * Checks workspace trust inside a command that writes files. In Restricted Mode it tells the user why
 * nothing happens and returns false; menus hide such commands too, but a keybinding or another extension
 * can still call them.
 */
export function allowWrite(action: string): boolean {
  if (vscode.workspace.isTrusted) {
    return true;
  }
  void vscode.window.showWarningMessage(`Chancery cannot ${action} in Restricted Mode. Trust this workspace to allow it.`);
  return false;
}
