// The days-in-production counter. One update() driven by every event that can change what it says.
import * as vscode from 'vscode';
import { statusBarView } from '../core';
import type { Clock } from './clock';
import type { JournalStore } from './journalStore';
import type { JournalWorkspace } from './journalWorkspace';
import type { PhaseTreeProvider } from './phaseTreeProvider';
import { readSettings } from './settings';

export class StatusBarController implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  /** Whether the item is shown: the API has no getter for it. */
  visible = false;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly journals: JournalWorkspace,
    private readonly tree: PhaseTreeProvider,
    clock: Clock,
  ) {
    this.item = vscode.window.createStatusBarItem('sideProject.daysInProduction', vscode.StatusBarAlignment.Left, 10);
    this.item.name = 'Side Project: Days in Production';
    this.item.command = 'sideProject.showDashboard';
    this.subscriptions = [
      this.item,
      journals.onDidChange(() => this.update()),
      clock.onDidChangeDay(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('sideProject')) this.update();
      }),
    ];
    this.update();
  }

  /** The journal the counter speaks for: the active editor's folder's, else the first folder's that has one. */
  private storeShown(): JournalStore | undefined {
    const active = vscode.window.activeTextEditor?.document.uri;
    const fromEditor = active ? this.journals.storeFor(active) : undefined;
    if (fromEditor?.current) return fromEditor;
    return this.journals.all.find((s) => s.current !== undefined);
  }

  update(): void {
    const store = this.storeShown();
    const stats = store ? this.tree.statsFor(store) : undefined;
    if (!store || !stats || !readSettings(store.folder).statusBarEnabled) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const view = statusBarView(stats, store.current?.journal.charter.project);
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.accessibilityInformation = { label: view.accessibleLabel, role: 'button' };
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
