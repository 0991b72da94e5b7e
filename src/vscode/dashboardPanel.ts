// One dashboard panel per journal, reused when asked again, redrawn when the journal or the day changes.
// The page is built by the core, loaded with what the first command loads (src/onDemand.ts): a start that shows
// no dashboard compiles none of it. It is loaded before the first panel is taken in, so every panel draws at
// once and a failed load leaves no empty one. This class only hosts the page and answers its one message.
import * as vscode from 'vscode';
import type * as OnDemand from '../onDemand';
import type { Clock } from './clock';
import type { Host } from './host';
import type { JournalStore } from './journalStore';
import type { JournalWorkspace } from './journalWorkspace';
import { CommandId } from './commands/commandIds';
import { runCommand } from './commands/runCommand';
import { Disposable } from './dispose';
import type { JournalStatsService } from './journalStatsService';
import { DASHBOARD_VIEW_TYPE, type Registrar } from './registrar';

export class DashboardPanels extends Disposable {
  private readonly panels = new Map<JournalStore, vscode.WebviewPanel>();
  /** The code that builds the page: there before any panel is. */
  private page?: Pick<typeof OnDemand, 'dashboardHtml' | 'lessons'>;
  private readonly activeChanged = this.register(new vscode.EventEmitter<void>());
  /** Fires when a dashboard becomes, or stops being, the active editor. */
  readonly onDidChangeActive = this.activeChanged.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly journals: JournalWorkspace,
    private readonly stats: JournalStatsService,
    clock: Clock,
    private readonly onDemand: Host['onDemand'],
    registrar: Registrar,
  ) {
    super();
    const renderAll = () => this.panels.forEach((_, s) => this.render(s));
    this.register(journals.onDidChange((store) => (store ? this.render(store) : renderAll())));
    this.register(clock.onDidChangeDay(renderAll));
    this.register(
      registrar.dashboardSerializer({
        deserializeWebviewPanel: (panel, state) => this.restore(panel, state),
      }),
    );
  }

  /** Opens (or brings forward) the dashboard of a store's journal; returns its panel, drawn. */
  async show(store: JournalStore): Promise<vscode.WebviewPanel> {
    this.page ??= await this.onDemand();
    const existing = this.panels.get(store);
    if (existing) {
      existing.reveal();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      DASHBOARD_VIEW_TYPE,
      'Side Project',
      vscode.ViewColumn.Active,
      this.options(),
    );
    this.adopt(store, panel);
    return panel;
  }

  /** The journal whose dashboard is the active editor, if one is. */
  get activeStore(): JournalStore | undefined {
    for (const [store, panel] of this.panels) if (panel.active) return store;
    return undefined;
  }

  /** What every dashboard webview may do: run its one script, load files from media/ and nothing else. */
  private options(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] };
  }

  /** Takes charge of a panel, new or restored after a window reload. */
  private adopt(store: JournalStore, panel: vscode.WebviewPanel): void {
    // A tab's icon is an image the theme does not tint: one drawn for light and one for dark themes.
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    panel.iconPath = {
      light: vscode.Uri.joinPath(media, 'dashboard-light.svg'),
      dark: vscode.Uri.joinPath(media, 'dashboard-dark.svg'),
    };
    this.panels.set(store, panel);
    panel.onDidDispose(() => {
      this.panels.delete(store);
      this.activeChanged.fire();
    });
    panel.onDidChangeViewState(() => this.activeChanged.fire());
    panel.webview.onDidReceiveMessage((message: { type?: string; line?: unknown }) => {
      if (message?.type === 'reveal' && typeof message.line === 'number' && Number.isInteger(message.line)) {
        void runCommand(CommandId.OpenJournal, { folder: store.folder.uri, line: message.line });
      }
    });
    this.render(store);
    this.activeChanged.fire();
    // Restored panels may come before the journal was read: draw again once it is.
    if (!store.current) void store.load().then(() => this.render(store));
  }

  /** Brings back the dashboards that were open when the window reloaded (their page saved its folder). */
  private async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    try {
      this.page ??= await this.onDemand();
    } catch (error) {
      panel.dispose();
      throw error;
    }
    const folder =
      typeof (state as { folder?: unknown })?.folder === 'string' ? (state as { folder: string }).folder : undefined;
    const store = folder ? this.journals.storeFor(vscode.Uri.parse(folder)) : undefined;
    if (!store || this.panels.has(store)) {
      panel.dispose();
      return;
    }
    panel.webview.options = this.options();
    this.adopt(store, panel);
  }

  /** The HTML a panel shows now; undefined when it has no panel or no journal. */
  html(store: JournalStore): string | undefined {
    return this.panels.get(store)?.webview.html;
  }

  private render(store: JournalStore): void {
    const panel = this.panels.get(store);
    const stats = this.stats.statsFor(store);
    const charter = store.current?.journal.charter;
    if (!panel || !this.page || !stats || !charter) return;
    const { dashboardHtml, lessons } = this.page;
    const webview = panel.webview;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    panel.title = vscode.l10n.t('{0}: Dashboard', charter.project ?? store.folder.name);
    webview.html = dashboardHtml(
      charter,
      stats,
      {
        folder: store.folder.uri.toString(),
        cspSource: webview.cspSource,
        styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'dashboard.css')).toString(),
        scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'dashboard.js')).toString(),
        nonce: nonce(),
      },
      store.current?.journal.entries,
      store.current ? lessons(store.current.text, store.current.journal) : [],
    );
  }

  override dispose(): void {
    this.panels.forEach((panel) => panel.dispose());
    super.dispose();
  }
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
