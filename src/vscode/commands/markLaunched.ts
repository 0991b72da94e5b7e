import { askSteps } from '../multiStepInput';
import { appendDraft } from './appendDraft';
import { CANCELLED, requireJournal, type CommandContext, type Target, type WriteResult } from './commandContext';

export interface MarkLaunchedArgs extends Target {
  /** What went live, e.g. its URL. */
  readonly title?: string;
  readonly body?: string;
}

export async function markLaunched(ctx: CommandContext, args?: MarkLaunchedArgs): Promise<WriteResult> {
  const found = await requireJournal(ctx, args, 'launched');
  if (!found) return CANCELLED;
  const answers = await askSteps('Mark as Launched', [{ type: 'text', key: 'title', prompt: 'What went live?', placeholder: 'e.g. uptime.example.dev is live' }], { title: args?.title }, args !== undefined);
  if (!answers?.title) return CANCELLED;
  const now = ctx.clock.localNow();
  return appendDraft(ctx, found.store, { kind: 'launch', date: now.date, time: now.time, title: answers.title, body: args?.body }, 'The launch');
}
