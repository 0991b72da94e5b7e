// What VS Code may ask of the extension the moment its activation ends: its commands, the Lifecycle view, the
// dashboard's restorer and the language-model tools. The extension registers them through a Registrar, of
// which there are two. `directRegistrar` registers them with VS Code as they come (the web worker host).
// `registerEarly` (the Node host's start, src/start.node.ts) registers a forwarder for each before the
// extension's bundle is loaded, so that a workspace without a journal never loads it: the first thing VS Code
// asks of a forwarder loads the bundle, whose parts then attach to the forwarders through the Registrar it
// returns, and the forwarder passes the call on.
import * as vscode from 'vscode';
import { CommandId } from './commands/commandIds';
import type { LifecycleNode } from './phaseTreeProvider';

export const LIFECYCLE_VIEW_ID = 'sideProject.lifecycle';
export const DASHBOARD_VIEW_TYPE = 'sideProject.dashboard';
const LIFECYCLE_VIEW_OPTIONS = { showCollapseAll: true };

type CommandHandler = (arg?: unknown) => unknown;

/**
 * The Lifecycle view's provider, with the optional methods it has spelled out: VS Code decides what a view
 * can do (reveal needs getParent) from the provider it is created with, which for the early view is the
 * forwarder, so the forwarder has exactly these. A method added here must be forwarded in registerEarly.
 */
export type LifecycleProvider = Required<
  Pick<vscode.TreeDataProvider<LifecycleNode>, 'onDidChangeTreeData' | 'getChildren' | 'getTreeItem' | 'getParent'>
>;

export interface Registrar {
  command(id: CommandId, handler: CommandHandler): vscode.Disposable;
  /** The view is the registrar's: disposing it more than once (its owner, then the context) is harmless. */
  lifecycleView(provider: LifecycleProvider): vscode.TreeView<LifecycleNode>;
  dashboardSerializer(serializer: vscode.WebviewPanelSerializer): vscode.Disposable;
  tool(name: string, tool: vscode.LanguageModelTool<unknown>): vscode.Disposable;
}

export const directRegistrar: Registrar = {
  command: (id, handler) => vscode.commands.registerCommand(id, handler),
  lifecycleView: (provider) =>
    vscode.window.createTreeView(LIFECYCLE_VIEW_ID, { ...LIFECYCLE_VIEW_OPTIONS, treeDataProvider: provider }),
  dashboardSerializer: (serializer) => vscode.window.registerWebviewPanelSerializer(DASHBOARD_VIEW_TYPE, serializer),
  tool: (name, tool) => vscode.lm.registerTool(name, tool),
};

/** The language-model tools the manifest declares, by name. */
export function declaredTools(extension: vscode.Extension<unknown>): string[] {
  const manifest = extension.packageJSON as { contributes?: { languageModelTools?: { name: string }[] } };
  return (manifest.contributes?.languageModelTools ?? []).map((tool) => tool.name);
}

/** Where a forwarder finds what it forwards to: attached by the loaded extension, which `load` loads. */
class Slot<T> {
  private target: T | undefined;

  constructor(
    private readonly what: string,
    private readonly load: () => void,
  ) {}

  get(): T {
    if (this.target === undefined) this.load();
    if (this.target === undefined) throw new Error(`Side Project Journal: ${this.what} is not available.`);
    return this.target;
  }

  attach(target: T): vscode.Disposable {
    this.target = target;
    return { dispose: () => this.target === target && (this.target = undefined) };
  }
}

/**
 * Registers, at once, a forwarder for every command, the Lifecycle view, the dashboard's restorer and each of
 * `toolNames`, and gives them to `subscriptions`. `load` must load the extension synchronously and have it
 * attach its parts through the Registrar returned; it is called at the first use of any forwarder (and is the
 * caller's to call sooner, when a journal exists).
 */
export function registerEarly(
  subscriptions: vscode.Disposable[],
  toolNames: readonly string[],
  load: () => void,
): Registrar {
  const commands = new Map(Object.values(CommandId).map((id) => [id, new Slot<CommandHandler>(id, load)]));
  for (const [id, slot] of commands) {
    subscriptions.push(vscode.commands.registerCommand(id, (arg?: unknown) => slot.get()(arg)));
  }
  /** Both sides take their names from one list (CommandId, the manifest's tools): a miss is a build's bug. */
  const slotOf = <T>(slots: Map<string, Slot<T>>, name: string): Slot<T> => {
    const slot = slots.get(name);
    if (!slot) throw new Error(`Side Project Journal: ${name} was not registered at the start.`);
    return slot;
  };

  const view = new Slot<LifecycleProvider>('the Lifecycle view', load);
  const viewChanged = new vscode.EventEmitter<LifecycleNode | LifecycleNode[] | null | undefined | void>();
  const treeView = vscode.window.createTreeView<LifecycleNode>(LIFECYCLE_VIEW_ID, {
    ...LIFECYCLE_VIEW_OPTIONS,
    treeDataProvider: {
      onDidChangeTreeData: viewChanged.event,
      getChildren: (node) => view.get().getChildren(node),
      getTreeItem: (node) => view.get().getTreeItem(node),
      getParent: (node) => view.get().getParent(node),
    },
  });
  subscriptions.push(viewChanged, treeView);

  const dashboard = new Slot<vscode.WebviewPanelSerializer>('the dashboard', load);
  subscriptions.push(
    vscode.window.registerWebviewPanelSerializer(DASHBOARD_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state: unknown) => dashboard.get().deserializeWebviewPanel(panel, state),
    }),
  );

  const tools = new Map(toolNames.map((name) => [name, new Slot<vscode.LanguageModelTool<unknown>>(name, load)]));
  for (const [name, slot] of tools) {
    subscriptions.push(
      vscode.lm.registerTool<unknown>(name, {
        prepareInvocation: (options, token) => slot.get().prepareInvocation?.(options, token),
        invoke: (options, token) => slot.get().invoke(options, token),
      }),
    );
  }

  return {
    command: (id, handler) => slotOf(commands, id).attach(handler),
    lifecycleView: (provider) => {
      subscriptions.push(
        view.attach(provider),
        provider.onDidChangeTreeData((change) => viewChanged.fire(change)),
      );
      return treeView;
    },
    dashboardSerializer: (serializer) => dashboard.attach(serializer),
    tool: (name, tool) => slotOf(tools, name).attach(tool),
  };
}
