// What every command receives: the journals, the clock and the log, plus the shared steps of finding the
// folder a command is about and reporting a failed write without losing what the user typed.
import * as vscode from 'vscode';
import type { Entry } from '../../core';
import type { Clock } from '../clock';
import type { JournalSnapshot, JournalStore } from '../journalStore';
import type { JournalWorkspace } from '../journalWorkspace';
import type { LifecycleNode } from '../phaseTreeProvider';

export interface CommandContext {
  readonly journals: JournalWorkspace;
  readonly clock: Clock;
  readonly log: vscode.LogOutputChannel;
}

/** What the argument of a command may say about where it applies: a folder, or a tree node. */
export interface Target {
  /** A workspace folder (its URI, or the path of a folder or file inside it). */
  readonly folder?: vscode.Uri | string;
}

export function isTreeNode(value: unknown): value is LifecycleNode {
  return typeof value === 'object' && value !== null && 'type' in value && 'store' in value;
}

function toUri(value: vscode.Uri | string): vscode.Uri {
  return typeof value === 'string' ? (/^[a-z][a-z0-9+.-]+:/i.test(value) ? vscode.Uri.parse(value) : vscode.Uri.file(value)) : value;
}

/**
 * The store a command applies to: the tree node's, the argument's folder, the active editor's folder, the
 * only folder, or the folder the user picks. Undefined when there is no folder or the pick was cancelled.
 */
export async function pickStore(ctx: CommandContext, arg: unknown, purpose: string): Promise<JournalStore | undefined> {
  const store = await chooseStore(ctx, arg, purpose);
  const refusal = await store?.refusal();
  if (refusal === undefined) return store;
  ctx.log.warn(refusal);
  void vscode.window.showErrorMessage(refusal);
  return undefined;
}

async function chooseStore(ctx: CommandContext, arg: unknown, purpose: string): Promise<JournalStore | undefined> {
  if (isTreeNode(arg)) return arg.store;
  const folder = (arg as Target | undefined)?.folder;
  if (folder) return ctx.journals.storeFor(toUri(folder));
  const all = ctx.journals.all;
  if (all.length === 0) {
    void vscode.window.showInformationMessage('Open a folder first: the journal lives inside your project.');
    return undefined;
  }
  if (all.length === 1) return all[0];
  const active = vscode.window.activeTextEditor?.document.uri;
  const fromEditor = active ? ctx.journals.storeFor(active) : undefined;
  if (fromEditor) return fromEditor;
  const picked = await vscode.window.showWorkspaceFolderPick({ placeHolder: `Which folder's journal ${purpose}?` });
  return picked ? ctx.journals.storeFor(picked.uri) : undefined;
}

/** The store and its journal; offers to start a journal when there is none. */
export async function requireJournal(ctx: CommandContext, arg: unknown, purpose: string): Promise<{ store: JournalStore; snapshot: JournalSnapshot } | undefined> {
  const store = await pickStore(ctx, arg, purpose);
  if (!store) return undefined;
  const snapshot = await store.load();
  if (snapshot) return { store, snapshot };
  const choice = await vscode.window.showInformationMessage(`${store.folder.name} has no journal yet.`, 'Start Journal');
  if (choice === 'Start Journal') await vscode.commands.executeCommand('sideProject.startJournal', { folder: store.folder.uri });
  return undefined;
}

/** The entry a tree node or an argument names, re-found in the journal as it is now. */
export function entryFrom(snapshot: JournalSnapshot, arg: unknown): Entry | undefined {
  if (isTreeNode(arg) && arg.type === 'entry') return findEntry(snapshot, arg.entry);
  const line = (arg as { line?: number } | undefined)?.line;
  if (typeof line === 'number') return snapshot.journal.entries.find((e) => e.line === line);
  return undefined;
}

/** Re-finds an entry after the file may have changed: same heading, nearest to where it was. */
export function findEntry(snapshot: JournalSnapshot, wanted: Pick<Entry, 'line' | 'date' | 'kind' | 'title'>): Entry | undefined {
  const same = snapshot.journal.entries.filter((e) => e.date === wanted.date && e.kind === wanted.kind && e.title === wanted.title);
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
export async function writeOrKeep(ctx: CommandContext, what: string, typed: string, write: () => Promise<void>): Promise<WriteResult> {
  try {
    await write();
    return { written: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    ctx.log.error(`${what} failed: ${message}`);
    void offerRecovery(ctx, what, message, typed, write);
    return { written: false, message, kept: typed };
  }
}

async function offerRecovery(ctx: CommandContext, what: string, message: string, typed: string, write: () => Promise<void>): Promise<void> {
  const choice = await vscode.window.showErrorMessage(`${what} was not saved. ${message}`, 'Copy Entry', 'Retry', 'Show Log');
  if (choice === 'Retry') await writeOrKeep(ctx, what, typed, write);
  else if (choice === 'Copy Entry') await vscode.env.clipboard.writeText(typed);
  else if (choice === 'Show Log') ctx.log.show(true);
}

/** An argument object from a keybinding, task, test or extension, as opposed to a tree node or nothing. */
export function isArgumentObject(arg: unknown): boolean {
  return typeof arg === 'object' && arg !== null && !isTreeNode(arg);
}
