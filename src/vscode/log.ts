import * as vscode from 'vscode';

/** The Chancery output channel, with a memory of what was already said so that each problem is said once. */
export class ChanceryLog implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Chancery', { log: true });
  private readonly said = new Set<string>();
  private readonly warnings: string[] = [];
  private readonly infos: string[] = [];

  info(message: string): void {
    this.channel.info(message);
    // The last lines only: a long session indexes and re-indexes many times.
    if (this.infos.push(message) > 100) {
      this.infos.shift();
    }
  }

  /** The last hundred informational lines said in this session, oldest first (the extension's API hands them out). */
  saidInfo(): readonly string[] {
    return [...this.infos];
  }

  /** Writes a warning unless the same key was already reported in this session. */
  warnOnce(key: string, message: string): void {
    if (!this.said.has(key)) {
      this.said.add(key);
      this.warnings.push(message);
      this.channel.warn(message);
    }
  }

  /** Every warning said in this session, oldest first (the extension's API hands them out). */
  saidWarnings(): readonly string[] {
    return [...this.warnings];
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
