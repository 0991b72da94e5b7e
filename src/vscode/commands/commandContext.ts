// What every command receives: the journals, the clock and the log, plus the shared steps of finding the
// folder a command is about and reporting a failed write without losing what the user typed.
import * as vscode from 'vscode';
import { errorMessage, type Entry } from '../../core';
import type { Clock } from '../clock';
import type { JournalSnapshot, JournalStore } from '../journalStore';
import type { Host } from '../host';
import type { JournalWorkspace } from '../journalWorkspace';
import type { InputFlow } from '../multiStepInput';
import type { LifecycleNode } from '../phaseTreeProvider';
import { checkArguments, type ArgumentShape } from './commandArguments';

export interface CommandContext {
  readonly journals: JournalWorkspace;
  readonly clock: Clock;
  readonly log: vscode.LogOutputChannel;
  /** What the extension host has: the local disk in the Node one, nothing more in the web worker one. */
  readonly host: Host;
}

/** What an argument object may say about where a command applies. */
export interface Target {
  /** A workspace folder (its URI, or the path of a folder or file inside it). */
  readonly folder?: vscode.Uri | string;
}

function isTreeNode(value: unknown): value is LifecycleNode {
  return typeof value === 'object' && value !== null && 'type' in value && 'store' in value;
}

/**
 * A command's raw argument, split in two: where the command applies, which a tree node may say (VS Code
 * passes the focused row to a view's title-bar and `…` commands, and the right-clicked one to its context
 * menu), and the answers to its questions, which only an argument object gives.
 */
export interface Invocation<A> {
  /** The store of the tree node the command was run on. */
  readonly store?: JournalStore;
  /** The folder an argument object (or a URI) names. */
  readonly folder?: vscode.Uri | string;
  /** The entry the tree node is. */
  readonly entry?: Pick<Entry, 'line' | 'date' | 'kind' | 'title'>;
  /** The tree node the command was run on, for a command about another kind of row (a done item). */
  readonly node?: LifecycleNode;
  /** The heading line (0-based) an argument object names. */
  readonly line?: number;
  /** The argument object, checked against the command's shape; empty for a tree node, a URI or nothing. */
  readonly args: Partial<A>;
  /** True when the argument object answers a question: the questions it leaves out take their defaults. */
  readonly fromArguments: boolean;
}

/** Why an argument object was refused, in one sentence without its subject (the caller names the command). */
export interface Refused {
  readonly refused: string;
}

/** Keys of an argument object that say where a command applies or what it does afterwards: no answers. */
const NOT_ANSWERS: ReadonlySet<string> = new Set(['folder', 'line', 'open', 'preserveFocus', 'supersedes']);

/** The raw argument VS Code passed (a tree node, a URI, an argument object or nothing), split and checked. */
export function splitArgument<A extends Target>(arg: unknown, shape: ArgumentShape<A>): Invocation<A> | Refused {
  const none = { args: {}, fromArguments: false };
  if (isTreeNode(arg)) {
    return { ...none, store: arg.store, entry: arg.type === 'entry' ? arg.entry : undefined, node: arg };
  }
  if (arg instanceof vscode.Uri) return { ...none, folder: arg };
  if (arg === undefined || arg === null) return none;
  if (typeof arg !== 'object' || Array.isArray(arg)) return { refused: 'it takes an object of named answers' };
  const folder: unknown = (arg as Target).folder;
  if (folder !== undefined && folder !== null && typeof folder !== 'string' && !(folder instanceof vscode.Uri)) {
    return { refused: '`folder` must be a folder path or URI' };
  }
  const checked = checkArguments(shape, arg);
  if (!checked.ok) return { refused: checked.error };
  return fromArguments(checked.args);
}

/** An argument object the extension builds itself, typed already: one command handing work to another. */
export function fromArguments<A extends Target>(args: Partial<A>): Invocation<A> {
  const line: unknown = (args as { readonly line?: unknown }).line;
  return {
    folder: args.folder,
    line: typeof line === 'number' ? line : undefined,
    args,
    fromArguments: Object.entries(args).some(([key, value]) => value !== undefined && !NOT_ANSWERS.has(key)),
  };
}

/**
 * The start of a command that asks questions: names its input and, when the run will ask something (there is
 * no argument object, or it leaves out one of the `required` answers, those with no default), shows the input
 * at once, busy, before the command awaits anything.
 */
export function begin<A>(input: InputFlow, title: string, call: Invocation<A>, required: readonly (keyof A)[]): void {
  input.title = title;
  if (!call.fromArguments || required.some((key) => call.args[key] === undefined)) input.wait();
}

function toUri(value: vscode.Uri | string): vscode.Uri {
  if (typeof value !== 'string') return value;
  return /^[a-z][a-z0-9+.-]+:/i.test(value) ? vscode.Uri.parse(value) : vscode.Uri.file(value);
}

/**
 * The store a command applies to: the tree node's, the argument's folder, the active editor's folder, the
 * only folder, or the folder the user picks. Undefined when there is no folder or the pick was cancelled.
 */
export async function pickStore(
  ctx: CommandContext,
  input: InputFlow,
  call: Invocation<object>,
  question: string,
): Promise<JournalStore | undefined> {
  const store = await chooseStore(ctx, input, call, question);
  const refusal = await store?.refusal();
  if (refusal === undefined) return store;
  input.hide();
  ctx.log.warn(refusal);
  void vscode.window.showErrorMessage(refusal);
  return undefined;
}

async function chooseStore(
  ctx: CommandContext,
  input: InputFlow,
  call: Invocation<object>,
  question: string,
): Promise<JournalStore | undefined> {
  if (call.store) return call.store;
  if (call.folder) return ctx.journals.storeFor(toUri(call.folder));
  const all = ctx.journals.all;
  if (all.length === 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Open a folder first: the journal lives inside your project.'),
    );
    return undefined;
  }
  if (all.length === 1) return all[0];
  const active = vscode.window.activeTextEditor?.document.uri;
  const fromEditor = active ? ctx.journals.storeFor(active) : undefined;
  return fromEditor ?? pickFolder(input, all, question);
}

/** Asks which of `stores` (folders, by name and path), in the command's own input. */
export async function pickFolder(
  input: InputFlow,
  stores: readonly JournalStore[],
  prompt: string,
): Promise<JournalStore | undefined> {
  const items = stores.map((s, i) => ({
    label: s.folder.name,
    description: s.folder.uri.scheme === 'file' ? s.folder.uri.fsPath : s.folder.uri.toString(),
    value: String(i),
  }));
  const answers = await input.ask([{ type: 'pick', key: 'folder', prompt, items: () => items }]);
  return answers?.folder === undefined ? undefined : stores[Number(answers.folder)];
}

/** The entry a tree node or an argument's line names, re-found in the journal as it is now. */
export function entryFrom(snapshot: JournalSnapshot, call: Invocation<object>): Entry | undefined {
  if (call.entry) return findEntry(snapshot, call.entry);
  if (call.line !== undefined) return snapshot.journal.entries.find((e) => e.line === call.line);
  return undefined;
}

/** Re-finds an entry after the file may have changed: same heading, nearest to where it was. */
export function findEntry(
  snapshot: JournalSnapshot,
  wanted: Pick<Entry, 'line' | 'date' | 'kind' | 'title'>,
): Entry | undefined {
  const same = snapshot.journal.entries.filter(
    (e) => e.date === wanted.date && e.kind === wanted.kind && e.title === wanted.title,
  );
  return same.sort((a, b) => Math.abs(a.line - wanted.line) - Math.abs(b.line - wanted.line))[0];
}

/** What a command did, for its caller (a keybinding ignores it; tests and other extensions read it). */
export interface WriteResult {
  readonly written: boolean;
  /** Why it was not written: cancelled, or the one-line cause of a failed write. */
  readonly message?: string;
  /** After a failed write, what the user typed, as it would have gone into the journal. */
  readonly kept?: string;
}

export const CANCELLED: WriteResult = { written: false, message: 'cancelled' };

/**
 * Runs a write. When it fails, the command still returns at once, and the user is told why in one line and
 * offered to copy what they typed or to try again, so nothing typed is lost.
 */
export async function writeOrKeep(
  ctx: CommandContext,
  what: string,
  typed: string,
  write: () => Promise<void>,
): Promise<WriteResult> {
  try {
    await write();
    return { written: true };
  } catch (error) {
    const message = errorMessage(error);
    ctx.log.error(`${what} failed: ${message}`);
    void offerRecovery(ctx, what, message, typed, write);
    return { written: false, message, kept: typed };
  }
}

async function offerRecovery(
  ctx: CommandContext,
  what: string,
  message: string,
  typed: string,
  write: () => Promise<void>,
): Promise<void> {
  const [copy, retry, showLog] = [vscode.l10n.t('Copy Entry'), vscode.l10n.t('Retry'), vscode.l10n.t('Show Log')];
  const choice = await vscode.window.showErrorMessage(
    vscode.l10n.t('{0} was not saved. {1}', what, message),
    copy,
    retry,
    showLog,
  );
  if (choice === retry) await writeOrKeep(ctx, what, typed, write);
  else if (choice === copy) await vscode.env.clipboard.writeText(typed);
  else if (choice === showLog) ctx.log.show(true);
}
