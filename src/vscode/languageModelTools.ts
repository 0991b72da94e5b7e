// The tool catalog as VS Code language-model tools, for Copilot's agent mode and any chat participant.
// Input is validated by the catalog (VS Code does not hold input to the schema); writes go through the
// store, exactly as the commands' do; a writing tool asks for confirmation in chat first. The tools are
// registered by the names the manifest declares (a unit test holds them to the catalog's), and the catalog is
// loaded at the first call, with what the first command loads (src/onDemand.ts).
import * as vscode from 'vscode';
import { renderEntry, type Tool } from '../core';
import type { Clock } from './clock';
import { Disposable } from './dispose';
import type { GitActivity } from './git/gitActivity';
import type { Host } from './host';
import type { JournalSnapshot, JournalStore } from './journalStore';
import type { JournalWorkspace } from './journalWorkspace';
import type { Registrar } from './registrar';
import { readSettings } from './settings';

/** A refusal the model can read and act on: thrown, as VS Code asks tools to report failure. */
class ToolRefusal extends Error {}

export class LanguageModelTools extends Disposable {
  constructor(
    private readonly journals: JournalWorkspace,
    private readonly clock: Clock,
    private readonly git: GitActivity,
    /** The tools' names, as `contributes.languageModelTools` declares them. */
    names: readonly string[],
    private readonly onDemand: Host['onDemand'],
    registrar: Registrar,
  ) {
    super();
    for (const name of names) {
      this.register(
        registrar.tool(name, {
          prepareInvocation: async (options) => this.prepare(await this.tool(name), options.input),
          invoke: async (options) => this.invoke(await this.tool(name), options.input),
        }),
      );
    }
  }

  private async tool(name: string): Promise<Tool> {
    const tool = (await this.onDemand()).TOOLS.find((t) => t.name === name);
    if (!tool) throw new ToolRefusal(`This version of the extension has no tool named ${name}.`);
    return tool;
  }

  private prepare(tool: Tool, input: unknown): vscode.PreparedToolInvocation | undefined {
    if (!tool.writes) return undefined;
    const { args } = this.split(input);
    const accepted = tool.accept(args);
    if (!accepted.ok) return undefined; // invoke() refuses it with the reason
    const heading = renderEntry(accepted.value(this.clock.localNow()))[0];
    return {
      invocationMessage: vscode.l10n.t('Logging to the journal: {0}', heading.slice(3)),
      confirmationMessages: {
        title: tool.title,
        message: new vscode.MarkdownString().appendText(vscode.l10n.t('Append to the journal:\n{0}', heading)),
      },
    };
  }

  private async invoke(tool: Tool, input: unknown): Promise<vscode.LanguageModelToolResult> {
    const { folder, args } = this.split(input);
    const work = this.accept(tool, args);
    const store = this.storeFor(folder);
    const refusal = await store.refusal();
    if (refusal) throw new ToolRefusal(refusal);
    const snapshot = await store.load();
    if (!snapshot) {
      throw new ToolRefusal(
        `${store.folder.name} has no journal yet: the developer can start one with "Side Project: Start Journal".`,
      );
    }
    const result = await work(store, snapshot);
    return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(JSON.stringify(result, null, 2))]);
  }

  /** The tool's work on a journal once its input is accepted (what it appends, or what it answers). */
  private accept(tool: Tool, args: unknown): (store: JournalStore, snapshot: JournalSnapshot) => Promise<unknown> {
    if (!tool.writes) {
      const query = tool.accept(args);
      if (!query.ok) throw new ToolRefusal(query.error);
      return async (store, snapshot) =>
        query.value({
          text: snapshot.text,
          journal: snapshot.journal,
          today: this.clock.today(),
          ...readSettings(store.folder),
          history: await this.git.settled(store),
        });
    }
    const draft = tool.accept(args);
    if (!draft.ok) throw new ToolRefusal(draft.error);
    return async (store) => {
      const entry = await store.append(draft.value(this.clock.localNow()));
      const { date, time, kind, title } = entry;
      return { written: true, entry: { date, time, kind, title, line: entry.line + 1, folder: store.folder.name } };
    };
  }

  /** The catalog's arguments, and the VS Code-only `folder` that chooses the journal. */
  private split(input: unknown): { folder: unknown; args: unknown } {
    if (typeof input !== 'object' || input === null || Array.isArray(input) || !('folder' in input)) {
      return { folder: undefined, args: input };
    }
    const { folder, ...args } = input as Record<string, unknown>;
    return { folder, args };
  }

  /** The named folder's store, else the active editor's, else the only one; otherwise a refusal naming them. */
  private storeFor(folder: unknown): JournalStore {
    const all = this.journals.all;
    const names = all.map((s) => `"${s.folder.name}"`).join(', ');
    if (all.length === 0) throw new ToolRefusal('No folder is open: the journal lives inside a project folder.');
    if (folder !== undefined) {
      const named =
        typeof folder === 'string'
          ? all.find((s) => s.folder.name === folder || s.folder.uri.fsPath === folder)
          : undefined;
      if (!named) throw new ToolRefusal(`\`folder\` must be one of ${names}.`);
      return named;
    }
    if (all.length === 1) return all[0];
    const active = vscode.window.activeTextEditor?.document.uri;
    const fromEditor = active ? this.journals.storeFor(active) : undefined;
    if (fromEditor) return fromEditor;
    throw new ToolRefusal(`Several folders are open: say which one with \`folder\`, one of ${names}.`);
  }
}
