// One dashboard panel per journal, reused when asked again, redrawn when the journal or the day changes.
// The page is built by the core; this class only hosts it and answers its one message.
import * as vscode from 'vscode';
import { dashboardHtml } from '../core';
import type { Clock } from './clock';
import type { JournalStore } from './journalStore';
import type { JournalWorkspace } from './journalWorkspace';
import type { PhaseTreeProvider } from './phaseTreeProvider';

export class DashboardPanels implements vscode.Disposable {
  private readonly panels = new Map<JournalStore, vscode.WebviewPanel>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly extensionUri: vscode.Uri,
    journals: JournalWorkspace,
    private readonly tree: PhaseTreeProvider,
    clock: Clock,
  ) {
    this.subscriptions = [
      journals.onDidChange((store) => (store ? this.render(store) : this.panels.forEach((_, s) => this.render(s)))),
      clock.onDidChangeDay(() => this.panels.forEach((_, s) => this.render(s))),
    ];
  }

  /** Opens (or brings forward) the dashboard of a store's journal; returns its panel. */
  show(store: JournalStore): vscode.WebviewPanel {
    const existing = this.panels.get(store);
    if (existing) {
      existing.reveal();
      return existing;
    }
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel('sideProject.dashboard', 'Side Project', vscode.ViewColumn.Active, {
      enableScripts: true, // only the nonce'd media/dashboard.js, which turns clicks into messages
      localResourceRoots: [media],
    });
    panel.iconPath = vscode.Uri.joinPath(media, 'activity-bar.svg');
    this.panels.set(store, panel);
    panel.onDidDispose(() => this.panels.delete(store));
    panel.webview.onDidReceiveMessage((message: { type?: string; line?: unknown }) => {
      if (message?.type === 'reveal' && typeof message.line === 'number' && Number.isInteger(message.line)) {
        void vscode.commands.executeCommand('sideProject.openJournal', { folder: store.folder.uri, line: message.line });
      }
    });
    this.render(store);
    return panel;
  }

  /** The HTML a panel shows now; undefined when it has no panel or no journal. */
  html(store: JournalStore): string | undefined {
    return this.panels.get(store)?.webview.html;
  }

  private render(store: JournalStore): void {
    const panel = this.panels.get(store);
    const stats = this.tree.statsFor(store);
    const charter = store.current?.journal.charter;
    if (!panel || !stats || !charter) return;
    const webview = panel.webview;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    panel.title = `${charter.project ?? store.folder.name}: Dashboard`;
    webview.html = dashboardHtml(charter, stats, {
      cspSource: webview.cspSource,
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'dashboard.css')).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'dashboard.js')).toString(),
      nonce: nonce(),
    });
  }

  dispose(): void {
    this.panels.forEach((panel) => panel.dispose());
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
