import * as vscode from 'vscode';
import { DEFAULT_CORPUS_GLOBS, parseRegistry, REGISTRY_FILE_NAME, type Registry } from '../../core/registry/registryFile';
import { toDiagnostic } from '../convert';
import type { ChanceryLog } from '../log';

/** The registry of one workspace folder, as last read. */
export interface FolderRegistry {
  readonly folder: vscode.WorkspaceFolder;
  /** The last registry that parsed; kept when the file later breaks, so the corpus keeps working. */
  readonly registry: Registry;
}

/**
 * Reads `chancery.yaml` of every workspace folder, keeps the last good parse of each, publishes problems as
 * diagnostics and keeps the context key `chancery.hasRegistry` true while any folder has one.
 */
export class RegistryService implements vscode.Disposable {
  private readonly registries = new Map<string, FolderRegistry>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('chancery.registry');
  private readonly changed = new vscode.EventEmitter<vscode.WorkspaceFolder>();
  private readonly disposables: vscode.Disposable[] = [this.diagnostics, this.changed];

  /** Fires after a folder's registry was (re)read, created or deleted. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: ChanceryLog) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${REGISTRY_FILE_NAME}`);
    const reload = (uri: vscode.Uri): void => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder && vscode.Uri.joinPath(folder.uri, REGISTRY_FILE_NAME).toString() === uri.toString()) {
        void this.load(folder);
      }
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders((event) => {
        for (const folder of event.removed) {
          this.registries.delete(folder.uri.toString());
          this.diagnostics.delete(vscode.Uri.joinPath(folder.uri, REGISTRY_FILE_NAME));
        }
        for (const folder of event.added) {
          void this.load(folder);
        }
        void this.updateContext();
      }),
    );
  }

  /** Reads the registries of every workspace folder. */
  async loadAll(): Promise<void> {
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => this.load(folder)));
  }

  /** The registry of the folder that holds a URI, if that folder has one. */
  forUri(uri: vscode.Uri): FolderRegistry | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.registries.get(folder.uri.toString()) : undefined;
  }

  /** Every folder registry currently known. */
  all(): FolderRegistry[] {
    return [...this.registries.values()];
  }

  private async load(folder: vscode.WorkspaceFolder): Promise<void> {
    const uri = vscode.Uri.joinPath(folder.uri, REGISTRY_FILE_NAME);
    const key = folder.uri.toString();
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      this.registries.delete(key);
      this.diagnostics.delete(uri);
      this.changed.fire(folder);
      await this.updateContext();
      return;
    }
    const { registry, problems } = parseRegistry(new TextDecoder().decode(bytes));
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    this.diagnostics.set(uri, problems.map((p) => toDiagnostic(p, document)));
    for (const problem of problems) {
      this.log.warnOnce(`${uri.toString()}:${problem.line}:${problem.message}`, `${uri.fsPath || uri.path}:${problem.line + 1}:${problem.column + 1}: ${problem.message}`);
    }
    if (registry) {
      this.registries.set(key, { folder, registry });
    } else if (!this.registries.has(key)) {
      // A broken file with no earlier good parse: the folder still counts as a corpus, with the default globs.
      this.registries.set(key, { folder, registry: { corpus: DEFAULT_CORPUS_GLOBS } });
    }
    this.changed.fire(folder);
    await this.updateContext();
  }

  private async updateContext(): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'chancery.hasRegistry', this.registries.size > 0);
  }

  dispose(): void {
    for (const d of this.disposables) {
      d.dispose();
    }
  }
}
