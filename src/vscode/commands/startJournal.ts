import * as vscode from 'vscode';
import { addDays, createJournal } from '../../core';
import type { JournalStore } from '../journalStore';
import type { InputFlow } from '../multiStepInput';
import type { ArgumentShape } from './commandArguments';
import { readSettings } from '../settings';
import {
  begin,
  CANCELLED,
  pickFolder,
  pickStore,
  writeOrKeep,
  type CommandContext,
  type Invocation,
  type Target,
  type WriteResult,
} from './commandContext';
import { splitItems, validateFutureDay } from './validation';

export interface StartJournalArgs extends Target {
  readonly project?: string;
  readonly learningGoal?: string;
  /** Items, or one string with items separated by semicolons. */
  readonly definitionOfDone?: readonly string[] | string;
  readonly launchTarget?: string;
  /** Open the new journal in an editor (default true). */
  readonly open?: boolean;
}

export const START_JOURNAL_ARGUMENTS: ArgumentShape<StartJournalArgs> = {
  project: 'text',
  learningGoal: 'text',
  definitionOfDone: 'items',
  launchTarget: 'text',
  open: 'flag',
};

/** Asks for the charter, writes the journal with its first `Phase: design` entry, and opens it. */
export async function startJournal(
  ctx: CommandContext,
  call: Invocation<StartJournalArgs>,
  input: InputFlow,
): Promise<WriteResult> {
  begin(input, vscode.l10n.t('Start Journal'), call, ['learningGoal']);
  const args = call.args;
  const store = await storeToStart(ctx, input, call);
  if (!store) return CANCELLED;
  if (await store.exists()) {
    input.hide();
    await vscode.window.showTextDocument(store.uri);
    return { written: false, message: 'a journal already exists' };
  }
  const now = ctx.clock.localNow();
  const settings = readSettings(store.folder);
  const done = args.definitionOfDone;
  const answers = await input.ask(
    [
      { type: 'text', key: 'project', prompt: vscode.l10n.t("The project's name"), value: () => store.folder.name },
      {
        type: 'text',
        key: 'learningGoal',
        prompt: vscode.l10n.t('The one thing you want to learn that your day job does not teach'),
        placeholder: vscode.l10n.t('e.g. Run a Postgres-backed service end to end, backups included'),
      },
      {
        type: 'text',
        key: 'definitionOfDone',
        prompt: vscode.l10n.t('Done means… (separate items with ;)'),
        placeholder: vscode.l10n.t('e.g. Public URL with TLS; three people use it for 30 days'),
        optional: true,
      },
      {
        type: 'text',
        key: 'launchTarget',
        prompt: vscode.l10n.t('Launch target: the day you mean to be in production. Small enough to reach in a month.'),
        value: () => addDays(now.date, settings.launchTargetDays),
        validate: validateFutureDay(now.date),
      },
    ],
    {
      project: args.project,
      learningGoal: args.learningGoal,
      definitionOfDone: typeof done === 'string' ? done : done?.join(';'),
      launchTarget: args.launchTarget,
    },
    call.fromArguments,
  );
  if (!answers) return CANCELLED;
  const text = createJournal(
    {
      project: answers.project ?? store.folder.name,
      learningGoal: answers.learningGoal,
      definitionOfDone: splitItems(answers.definitionOfDone),
      launchTarget: answers.launchTarget,
    },
    now,
  );
  const result = await writeOrKeep(ctx, vscode.l10n.t('The new journal'), text, () => store.create(text));
  if (result.written && args.open !== false) {
    input.hide();
    await vscode.window.showTextDocument(store.uri, { preview: false });
  }
  return result;
}

/**
 * The folder to start a journal in. Named by the tree row or the argument, it is that one; otherwise only
 * folders without a journal are candidates: the active editor's, or the one the user picks among them.
 */
async function storeToStart(
  ctx: CommandContext,
  input: InputFlow,
  call: Invocation<StartJournalArgs>,
): Promise<JournalStore | undefined> {
  const all = ctx.journals.all;
  if (call.store || call.folder || all.length <= 1) {
    return pickStore(ctx, input, call, vscode.l10n.t("Which folder's journal should start?"));
  }
  const exists = await Promise.all(all.map((s) => s.exists()));
  const candidates = all.filter((_, i) => !exists[i]);
  if (candidates.length === 0) {
    input.hide();
    void vscode.window.showInformationMessage(vscode.l10n.t('Every folder in this workspace already has a journal.'));
    return undefined;
  }
  const active = vscode.window.activeTextEditor?.document.uri;
  const fromEditor = active ? ctx.journals.storeFor(active) : undefined;
  if (fromEditor && candidates.includes(fromEditor)) return fromEditor;
  return pickFolder(input, candidates, vscode.l10n.t('Which folder gets the journal? (folders without one)'));
}
