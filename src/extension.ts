// Wiring only: build each part, hand it what it needs, and give every disposable to the context.
// Nothing here reads the journal: the stores read it when a view or command first asks.
import * as vscode from 'vscode';
import { Clock } from './vscode/clock';
import { registerCommands } from './vscode/commands/registerCommands';
import { DashboardPanels } from './vscode/dashboardPanel';
import { JournalDiagnostics } from './vscode/journalDiagnostics';
import { JournalWorkspace } from './vscode/journalWorkspace';
import { MomentumNudge } from './vscode/momentumNudge';
import { onDidShowQuestion, type ShownQuestion } from './vscode/multiStepInput';
import { PhaseTreeProvider } from './vscode/phaseTreeProvider';
import { StatusBarController } from './vscode/statusBar';

/** What the extension hands to other extensions and to its own integration tests. */
export interface SideProjectApi {
  readonly clock: Clock;
  readonly journals: JournalWorkspace;
  readonly tree: PhaseTreeProvider;
  readonly statusBar: StatusBarController;
  readonly nudge: MomentumNudge;
  readonly dashboards: DashboardPanels;
  /** Each question a command shows, as shown: how the integration tests see and answer them. */
  readonly onDidShowQuestion: vscode.Event<ShownQuestion>;
}

export function activate(context: vscode.ExtensionContext): SideProjectApi {
  const log = vscode.window.createOutputChannel('Side Project Journal', { log: true });
  const clock = new Clock();
  const journals = new JournalWorkspace();
  const tree = new PhaseTreeProvider(journals, clock);
  const treeView = vscode.window.createTreeView('sideProject.lifecycle', { treeDataProvider: tree, showCollapseAll: true });
  const statusBar = new StatusBarController(journals, tree, clock);
  const diagnostics = new JournalDiagnostics(journals);
  const nudge = new MomentumNudge(context.workspaceState, journals, tree, clock);
  const dashboards = new DashboardPanels(context.extensionUri, journals, tree, clock);
  context.subscriptions.push(log, clock, journals, tree, treeView, statusBar, diagnostics, nudge, dashboards, ...registerCommands({ journals, clock, log, dashboards }));
  // The counter needs the journal; read it after activation returns, not during it.
  setTimeout(() => void journals.loadAll(), 0);
  return { clock, journals, tree, statusBar, nudge, dashboards, onDidShowQuestion };
}

export function deactivate(): void {}
