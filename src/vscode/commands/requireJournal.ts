import * as vscode from 'vscode';
import type { JournalSnapshot, JournalStore } from '../journalStore';
import type { InputFlow } from '../multiStepInput';
import { fromArguments, pickStore, type CommandContext, type Invocation } from './commandContext';
import { startJournal } from './startJournal';

/**
 * The store and its journal. Where there is none it offers to start one, and once started, the command
 * goes on where it was, with what its argument held: nothing the user asked for is dropped.
 */
export async function requireJournal(
  ctx: CommandContext,
  input: InputFlow,
  call: Invocation<object>,
  question: string,
): Promise<{ store: JournalStore; snapshot: JournalSnapshot } | undefined> {
  const store = await pickStore(ctx, input, call, question);
  if (!store || input.cancelled) return undefined;
  const snapshot = await store.load();
  if (snapshot) return { store, snapshot };
  if (input.cancelled) return undefined;
  input.hide(); // the offer is a notification: a busy input would sit in front of it
  const start = vscode.l10n.t('Start Journal');
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('{0} has no journal yet.', store.folder.name),
    start,
  );
  if (choice !== start) return undefined;
  const title = input.title;
  // In the same input: its questions, then this command's, with no gap between them for typed keys to fall into.
  const started = await startJournal(ctx, fromArguments({ folder: store.folder.uri, open: false }), input);
  input.title = title;
  const created = started.written ? await store.load() : undefined;
  return created ? { store, snapshot: created } : undefined;
}
