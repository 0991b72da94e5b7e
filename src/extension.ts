// src/: the extension (this file, started by extension.node.ts in the Node extension host and by
// extension.web.ts in the web worker one), the pure journal core (core/), its VS Code adapters (vscode/) and
// the command line (cli/).
//
// Wiring only: build each part, hand it what it needs, and give every disposable to the context.
// Nothing here reads the journal: the stores read it when a view or command first asks.
import * as vscode from 'vscode';
import { configureLanguage } from './core';
import { Clock } from './vscode/clock';
import { registerCommands } from './vscode/commands/registerCommands';
import { DashboardPanels } from './vscode/dashboardPanel';
import { DeployTasks } from './vscode/deployTasks';
import { GitActivity } from './vscode/git/gitActivity';
import { EditorFeatures } from './vscode/editor/editorFeatures';
import { JournalDocuments } from './vscode/editor/journalDocuments';
import type { Host } from './vscode/host';
import { JournalDiagnostics } from './vscode/journalDiagnostics';
import { JournalStatsService } from './vscode/journalStatsService';
import { JournalWorkspace } from './vscode/journalWorkspace';
import { LanguageModelTools } from './vscode/languageModelTools';
import { LifecycleView } from './vscode/lifecycleView';
import { MomentumNudge } from './vscode/momentumNudge';
import { onDidShowQuestion, type ShownQuestion } from './vscode/multiStepInput';
import { PhaseTreeProvider } from './vscode/phaseTreeProvider';
import { declaredTools } from './vscode/registrar';
import { ReviewReminder } from './vscode/reviewReminder';
import { StatusBarController } from './vscode/statusBar';
import { WalkthroughContext } from './vscode/walkthroughContext';

/** What the extension hands to other extensions and to its own integration tests. */
export interface SideProjectApi {
  readonly clock: Clock;
  readonly journals: JournalWorkspace;
  /** The figures every view shows, computed once per journal version, day and settings. */
  readonly stats: JournalStatsService;
  readonly tree: PhaseTreeProvider;
  readonly statusBar: StatusBarController;
  readonly nudge: MomentumNudge;
  /** The one notification per decision whose review day has come. */
  readonly reviews: ReviewReminder;
  readonly dashboards: DashboardPanels;
  /** The Lifecycle view: its selection shows what was just logged. */
  readonly lifecycleView: LifecycleView;
  /** The walkthrough's progress as last computed from the journals. */
  readonly walkthrough: WalkthroughContext;
  /** Each question a command shows, as shown: how the integration tests see and answer them. */
  readonly onDidShowQuestion: vscode.Event<ShownQuestion>;
  /** What git says about each folder, read lazily through the built-in git extension. */
  readonly git: GitActivity;
  /** The offers to log a deploy or an incident when a deploy task ends. */
  readonly deployTasks: DeployTasks;
  /** The journals as open in editors: one parse per document version, shared by diagnostics and providers. */
  readonly documents: JournalDocuments;
  /** The outline, folding, CodeLens, completion, hover, links and quick fixes of the journal files. */
  readonly editor: EditorFeatures;
  /** In the Node host, how this start compiled the extension's bundle (src/start.node.ts). */
  compileCache?: 'used' | 'missing' | 'rejected';
  /** In the Node host, where this start's time went: loading the bundle, then the extension's activate(). */
  startTimes?: { bundleMs: number; activateMs: number };
}

/** The extension in either host: `extension.node.ts` and `extension.web.ts` say what the host has. */
export function activateIn(context: vscode.ExtensionContext, host: Host): SideProjectApi {
  // The core's words (tree rows, status bar, dashboard) in VS Code's display language, from the bundle VS Code
  // loaded for it (l10n/bundle.l10n.<language>.json); the command line and the MCP server stay in English.
  configureLanguage(vscode.env.language, vscode.l10n.bundle);
  const log = vscode.window.createOutputChannel('Side Project Journal', { log: true });
  const clock = new Clock(host.pinnedNow);
  const journals = new JournalWorkspace(log, host.localFiles);
  // Constructed only: it reads nothing until a view first asks for a folder's history.
  const git = new GitActivity(journals, clock, log);
  const stats = new JournalStatsService(clock, git);
  const tree = new PhaseTreeProvider(journals, clock, stats);
  const lifecycleView = new LifecycleView(journals, tree, host.registrar);
  const dashboards = new DashboardPanels(context.extensionUri, journals, stats, clock, host.onDemand, host.registrar);
  const statusBar = new StatusBarController(journals, stats, clock, dashboards);
  const documents = new JournalDocuments(journals);
  const diagnostics = new JournalDiagnostics(journals, documents);
  const editor = new EditorFeatures(documents, clock);
  const nudge = new MomentumNudge(context.workspaceState, journals, stats, clock, git);
  const walkthrough = new WalkthroughContext(journals, stats, clock);
  const reviews = new ReviewReminder(context.workspaceState, journals, stats, clock);
  const tools = new LanguageModelTools(
    journals,
    clock,
    git,
    declaredTools(context.extension),
    host.onDemand,
    host.registrar,
  );
  const deployTasks = new DeployTasks(journals);
  context.subscriptions.push(
    log,
    clock,
    journals,
    git,
    tree,
    lifecycleView,
    statusBar,
    documents,
    diagnostics,
    editor,
    nudge,
    dashboards,
    walkthrough,
    reviews,
    tools,
    deployTasks,
    git.onDidChange((store) => journals.announce(store)),
    ...registerCommands(
      host.registrar,
      { journals, clock, log, dashboards, extensionUri: context.extensionUri, host, git },
      async () => (await host.onDemand()).COMMAND_HANDLERS,
    ),
  );
  // Activation does what VS Code may ask for the moment it ends: the commands, the view, the dashboard's
  // restorer, the tools. The counter's first read of the journal, which sets up its watcher, and the editor's
  // providers come right after it returns: nothing waits on them, so activation does not pay for them.
  setTimeout(() => {
    editor.registerProviders();
    void journals.loadAll();
  }, 0);
  return {
    clock,
    journals,
    stats,
    tree,
    statusBar,
    nudge,
    reviews,
    dashboards,
    lifecycleView,
    walkthrough,
    onDidShowQuestion,
    git,
    deployTasks,
    documents,
    editor,
  };
}
