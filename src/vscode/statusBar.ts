// The days-in-production counter. One update() driven by every event that can change what it says.
import * as vscode from 'vscode';
import { statusBarView } from '../core';
import type { Clock } from './clock';
import type { DashboardPanels } from './dashboardPanel';
import type { JournalStore } from './journalStore';
import type { JournalWorkspace } from './journalWorkspace';
import { CommandId } from './commands/commandIds';
import { Disposable } from './dispose';
import type { JournalStatsService } from './journalStatsService';
import { readSettings, SECTION } from './settings';

export class StatusBarController extends Disposable {
  readonly item: vscode.StatusBarItem;
  /** Whether the item is shown: the API has no getter for it. */
  visible = false;
  /** The journal spoken for last: kept while the focus is where no folder is named (a webview, a preview). */
  private last: JournalStore | undefined;

  constructor(
    private readonly journals: JournalWorkspace,
    private readonly stats: JournalStatsService,
    clock: Clock,
    private readonly dashboards: DashboardPanels,
  ) {
    super();
    const alignment = vscode.StatusBarAlignment.Left;
    this.item = this.register(vscode.window.createStatusBarItem('sideProject.daysInProduction', alignment, 10));
    this.item.name = vscode.l10n.t('Side Project: Days in Production');
    this.item.command = CommandId.ShowDashboard;
    const update = () => this.update();
    this.register(journals.onDidChange(update));
    this.register(clock.onDidChangeDay(update));
    this.register(vscode.window.onDidChangeActiveTextEditor(update));
    this.register(dashboards.onDidChangeActive(update));
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SECTION)) this.update();
      }),
    );
    this.update();
  }

  /**
   * The journal the counter speaks for: the active editor's folder's, else the active dashboard's, else the
   * one it spoke for last (a preview or another webview names no folder), else the first folder's.
   */
  private storeShown(): JournalStore | undefined {
    const active = vscode.window.activeTextEditor?.document.uri;
    const named = (active ? this.journals.storeFor(active) : undefined) ?? this.dashboards.activeStore;
    const stillThere = (store: JournalStore | undefined) =>
      store?.current && this.journals.all.includes(store) ? store : undefined;
    this.last = stillThere(named) ?? stillThere(this.last) ?? this.journals.all.find((s) => s.current !== undefined);
    return this.last;
  }

  update(): void {
    const store = this.storeShown();
    const stats = store ? this.stats.statsFor(store) : undefined;
    if (!store || !stats || !readSettings(store.folder).statusBarEnabled) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const view = statusBarView(stats, store.current?.journal.charter ?? {});
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.accessibilityInformation = { label: view.accessibleLabel, role: 'button' };
    this.item.show();
    this.visible = true;
  }
}
