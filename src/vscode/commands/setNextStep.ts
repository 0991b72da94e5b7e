import * as vscode from 'vscode';
import { setCharterField } from '../../core';
import type { JournalStore } from '../journalStore';
import type { InputFlow } from '../multiStepInput';
import type { ArgumentShape } from './commandArguments';
import {
  begin,
  CANCELLED,
  writeOrKeep,
  type CommandContext,
  type Target,
  type WriteResult,
  type Invocation,
} from './commandContext';
import { requireJournal } from './requireJournal';

export interface SetNextStepArgs extends Target {
  /** One line: what to do next. Empty removes the charter's `next_step`. */
  readonly nextStep?: string;
}

export const SET_NEXT_STEP_ARGUMENTS: ArgumentShape<SetNextStepArgs> = { nextStep: 'text' };

const placeholder = () => vscode.l10n.t('e.g. Write the backup script and restore it once');

/** Sets the charter's `next_step`, the current one proposed; clearing the line removes it. */
export async function setNextStep(
  ctx: CommandContext,
  call: Invocation<SetNextStepArgs>,
  input: InputFlow,
): Promise<WriteResult> {
  begin(input, vscode.l10n.t('Set Next Step'), call, ['nextStep']);
  const found = await requireJournal(ctx, input, call, vscode.l10n.t("Which folder's journal gets the next step?"));
  if (!found) return CANCELLED;
  const current = found.snapshot.journal.charter.nextStep;
  const answers = await input.ask(
    [
      {
        type: 'text',
        key: 'nextStep',
        prompt: vscode.l10n.t('The next step, in one line (empty removes it)'),
        placeholder: placeholder(),
        value: () => current ?? '',
        optional: true,
      },
    ],
    { nextStep: call.args.nextStep },
    call.fromArguments,
  );
  if (!answers) return CANCELLED;
  return writeNextStep(ctx, found.store, answers.nextStep ?? '');
}

/**
 * After an entry logged from questions, "What's next?": one optional line, the moment the next step is
 * clearest. Escape or an empty answer skips it and writes nothing. Not offered after a run that an
 * argument object answered wholly: a keybinding or a tool logging quietly is not interrupted.
 */
export async function offerNextStep(ctx: CommandContext, input: InputFlow, store: JournalStore): Promise<void> {
  if (!input.asked || input.cancelled) return;
  const current = store.current?.journal.charter.nextStep;
  input.title = vscode.l10n.t("What's next?");
  const answers = await input.ask([
    {
      type: 'text',
      key: 'nextStep',
      prompt: vscode.l10n.t('The next step, in one line, so the next session starts right away'),
      placeholder: current ? vscode.l10n.t('Now: {0}', current) : placeholder(),
      optional: true,
    },
  ]);
  if (answers?.nextStep) await writeNextStep(ctx, store, answers.nextStep);
}

function writeNextStep(ctx: CommandContext, store: JournalStore, value: string): Promise<WriteResult> | WriteResult {
  const next = value.trim() === '' ? undefined : value.trim();
  if (next === store.current?.journal.charter.nextStep) return { written: false, message: 'unchanged' };
  return writeOrKeep(ctx, vscode.l10n.t('The next step'), `next_step: ${next ?? ''}`, () =>
    store.edit((text, journal) => [setCharterField(text, journal, 'nextStep', next)]),
  );
}
