import * as vscode from 'vscode';
import { addDays, createJournal } from '../../core';
import { readSettings } from '../settings';
import { askSteps } from '../multiStepInput';
import { CANCELLED, pickStore, writeOrKeep, type CommandContext, type Target, type WriteResult } from './commandContext';
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

/** Asks for the charter, writes the journal with its first `Phase: design` entry, and opens it. */
export async function startJournal(ctx: CommandContext, args?: StartJournalArgs): Promise<WriteResult> {
  const store = await pickStore(ctx, args, 'should start');
  if (!store) return CANCELLED;
  if (await store.exists()) {
    await vscode.window.showTextDocument(store.uri);
    return { written: false, message: 'a journal already exists' };
  }
  const now = ctx.clock.localNow();
  const settings = readSettings(store.folder);
  const done = args?.definitionOfDone;
  const answers = await askSteps(
    'Start Journal',
    [
      { type: 'text', key: 'project', prompt: "The project's name", value: () => store.folder.name },
      { type: 'text', key: 'learningGoal', prompt: 'The one thing you want to learn that your day job does not teach', placeholder: 'e.g. Run a Postgres-backed service end to end, backups included' },
      { type: 'text', key: 'definitionOfDone', prompt: 'Done means… (separate items with ;)', placeholder: 'e.g. Public URL with TLS; three people use it for 30 days', optional: true },
      {
        type: 'text',
        key: 'launchTarget',
        prompt: 'Launch target: the day you mean to be in production. Small enough to reach in a month.',
        value: () => addDays(now.date, settings.launchTargetDays),
        validate: validateFutureDay(now.date),
      },
    ],
    { project: args?.project, learningGoal: args?.learningGoal, definitionOfDone: typeof done === 'string' ? done : done?.join(';'), launchTarget: args?.launchTarget },
    args !== undefined,
  );
  if (!answers) return CANCELLED;
  const text = createJournal(
    { project: answers.project ?? store.folder.name, learningGoal: answers.learningGoal, definitionOfDone: splitItems(answers.definitionOfDone), launchTarget: answers.launchTarget },
    now,
  );
  const result = await writeOrKeep(ctx, 'The new journal', text, () => store.create(text));
  if (result.written && args?.open !== false) await vscode.window.showTextDocument(store.uri, { preview: false });
  return result;
}
