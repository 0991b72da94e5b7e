// src/vscode: the VS Code side of the extension. Each adapter here turns the pure core's values into editor
// features: stores that read, write and watch the journal, the stats service, views, commands (commands/).
//
// The journals of the open workspace: one store per folder, kept in step with the folders, and the
// `sideProject.hasJournal` context key that switches the welcome view.
import * as vscode from 'vscode';
import { Disposable } from './dispose';
import type { LocalFiles } from './host';
import { JournalStore } from './journalStore';

export class JournalWorkspace extends Disposable {
  private readonly stores = new Map<string, JournalStore>();
  /** Each store's change subscription, disposed with the store when its folder leaves the workspace. */
  private readonly storeSubscriptions = new Map<JournalStore, vscode.Disposable>();
  private readonly changed = this.register(new vscode.EventEmitter<JournalStore | undefined>());
  /** Fires with the store whose journal changed, or undefined when folders came or went. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    /** The local disk, in the Node extension host only. */
    private readonly localFiles?: LocalFiles,
  ) {
    super();
    this.syncFolders();
    this.register(
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.syncFolders();
        this.changed.fire(undefined);
      }),
    );
  }

  private syncFolders(): void {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const keep = new Set(folders.map((f) => f.uri.toString()));
    for (const [key, store] of this.stores) {
      if (!keep.has(key)) {
        this.storeSubscriptions.get(store)?.dispose();
        this.storeSubscriptions.delete(store);
        store.dispose();
        this.stores.delete(key);
      }
    }
    for (const folder of folders) {
      const key = folder.uri.toString();
      if (this.stores.has(key)) continue;
      const store = new JournalStore(folder, this.log, this.localFiles);
      this.storeSubscriptions.set(
        store,
        store.onDidChange(() => {
          void this.updateContext();
          this.changed.fire(store);
        }),
      );
      this.stores.set(key, store);
    }
  }

  /** The stores in folder order. */
  get all(): JournalStore[] {
    return (vscode.workspace.workspaceFolders ?? [])
      .map((f) => this.stores.get(f.uri.toString()))
      .filter((s): s is JournalStore => s !== undefined);
  }

  storeFor(uri: vscode.Uri): JournalStore | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.stores.get(folder.uri.toString()) : undefined;
  }

  /**
   * Fires onDidChange for a store whose figures changed while its journal did not (what git says about its
   * folder), so that every view draws them again the way it does after an edit.
   */
  announce(store: JournalStore): void {
    if (this.all.includes(store)) this.changed.fire(store);
  }

  /** Reads every folder's journal (each at most once until it changes). */
  async loadAll(): Promise<void> {
    await Promise.all(this.all.map((s) => s.load().catch((error: unknown) => s.logReadFailure(error))));
  }

  private async updateContext(): Promise<void> {
    const has = this.all.some((s) => s.current !== undefined);
    await vscode.commands.executeCommand('setContext', 'sideProject.hasJournal', has);
  }

  override dispose(): void {
    for (const subscription of this.storeSubscriptions.values()) subscription.dispose();
    for (const store of this.stores.values()) store.dispose();
    this.stores.clear();
    super.dispose();
  }
}
