// The Lifecycle tree view, and what makes a new entry easy to find: after a command logs an entry, the view
// selects it (and expands its phase), without taking the focus from where the user is typing.
import type * as vscode from 'vscode';
import type { Entry } from '../core';
import { Disposable } from './dispose';
import type { JournalStore } from './journalStore';
import type { JournalWorkspace } from './journalWorkspace';
import type { LifecycleNode, PhaseTreeProvider } from './phaseTreeProvider';
import type { Registrar } from './registrar';

export class LifecycleView extends Disposable {
  readonly treeView: vscode.TreeView<LifecycleNode>;
  /** Each store's onDidAppend subscription; stores come and go with the workspace's folders. */
  private readonly appendSubscriptions = new Map<JournalStore, vscode.Disposable>();
  /** An entry logged while the view was hidden: revealed when the view is next shown. */
  private pending: LifecycleNode | undefined;

  constructor(
    private readonly journals: JournalWorkspace,
    tree: PhaseTreeProvider,
    registrar: Registrar,
  ) {
    super();
    this.treeView = this.register(registrar.lifecycleView(tree));
    this.register(journals.onDidChange((store) => store === undefined && this.followStores()));
    this.register(this.treeView.onDidChangeVisibility((e) => e.visible && this.revealPending()));
    this.followStores();
  }

  private followStores(): void {
    const stores = new Set(this.journals.all);
    for (const [store, subscription] of this.appendSubscriptions) {
      if (!stores.has(store)) {
        subscription.dispose();
        this.appendSubscriptions.delete(store);
      }
    }
    for (const store of stores) {
      if (!this.appendSubscriptions.has(store)) {
        this.appendSubscriptions.set(
          store,
          store.onDidAppend((entry) => this.appended(store, entry)),
        );
      }
    }
  }

  private appended(store: JournalStore, entry: Entry): void {
    this.pending = { type: 'entry', store, entry };
    // Revealing opens the view; a log made from elsewhere waits until the user opens it.
    if (this.treeView.visible) this.revealPending();
  }

  private revealPending(): void {
    const node = this.pending;
    this.pending = undefined;
    if (!node) return;
    // An entry that is gone again (an undo, a hand edit) cannot be revealed: nothing to show then.
    void Promise.resolve(this.treeView.reveal(node, { select: true, focus: false, expand: true })).catch(
      () => undefined,
    );
  }

  override dispose(): void {
    for (const subscription of this.appendSubscriptions.values()) subscription.dispose();
    super.dispose();
  }
}
