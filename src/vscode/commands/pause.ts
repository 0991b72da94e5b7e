import * as vscode from 'vscode';
import { addDays, setCharterField } from '../../core';
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
import { validateFutureDay } from './validation';

export interface PauseArgs extends Target {
  /** `YYYY-MM-DD`: no nudges through this day. */
  readonly until?: string;
}

export const PAUSE_ARGUMENTS: ArgumentShape<PauseArgs> = { until: 'text' };

/** A pause is a decision, not a failure: it sets `paused_until` and the project is not nudged until then. */
export async function pause(ctx: CommandContext, call: Invocation<PauseArgs>, input: InputFlow): Promise<WriteResult> {
  begin(input, vscode.l10n.t('Pause Project'), call, []);
  const found = await requireJournal(ctx, input, call, vscode.l10n.t("Which folder's journal pauses?"));
  if (!found) return CANCELLED;
  const today = ctx.clock.today();
  // Two weeks, or the pause already set when it ends later: accepting the default never shortens a pause.
  const existing = found.snapshot.journal.charter.pausedUntil;
  const twoWeeks = addDays(today, 14);
  const proposed = existing && existing > twoWeeks ? existing : twoWeeks;
  const answers = await input.ask(
    [
      {
        type: 'text',
        key: 'until',
        prompt: vscode.l10n.t('Paused until (YYYY-MM-DD): no nudges through that day'),
        value: () => proposed,
        validate: validateFutureDay(today),
      },
    ],
    { until: call.args.until },
    call.fromArguments,
  );
  if (!answers?.until) return CANCELLED;
  const until = answers.until;
  return writeOrKeep(ctx, vscode.l10n.t('The pause'), `paused_until: ${until}`, () =>
    found.store.edit((text, journal) => [setCharterField(text, journal, 'pausedUntil', until)]),
  );
}
