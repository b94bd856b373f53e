import * as vscode from 'vscode';

/** The Chancery output channel, with a memory of what was already said so that each problem is said once. */
export class ChanceryLog implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Chancery', { log: true });
  private readonly said = new Set<string>();

  info(message: string): void {
    this.channel.info(message);
  }

  /** Writes a warning unless the same key was already reported in this session. */
  warnOnce(key: string, message: string): void {
    if (!this.said.has(key)) {
      this.said.add(key);
      this.channel.warn(message);
    }
  }

  /** Forgets a key, so that the problem is said again if it comes back after being fixed. */
  forget(key: string): void {
    this.said.delete(key);
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
