import { addDays, setCharterField } from '../../core';
import { askSteps } from '../multiStepInput';
import { CANCELLED, requireJournal, writeOrKeep, type CommandContext, type Target, type WriteResult } from './commandContext';
import { validateFutureDay } from './validation';

export interface PauseArgs extends Target {
  /** `YYYY-MM-DD`: no nudges through this day. */
  readonly until?: string;
}

/** A pause is a decision, not a failure: it sets `paused_until` and the project is not nudged until then. */
export async function pause(ctx: CommandContext, args?: PauseArgs): Promise<WriteResult> {
  const found = await requireJournal(ctx, args, 'pauses');
  if (!found) return CANCELLED;
  const today = ctx.clock.today();
  const answers = await askSteps('Pause Project', [{ type: 'text', key: 'until', prompt: 'Paused until (YYYY-MM-DD): no nudges through that day', value: () => addDays(today, 14), validate: validateFutureDay(today) }], { until: args?.until }, args !== undefined);
  if (!answers?.until) return CANCELLED;
  const until = answers.until;
  return writeOrKeep(ctx, 'The pause', `paused_until: ${until}`, () => found.store.edit((text, journal) => [setCharterField(text, journal, 'pausedUntil', until)]));
}
