import { askSteps } from '../multiStepInput';
import { appendDraft } from './appendDraft';
import { CANCELLED, requireJournal, type CommandContext, type Target, type WriteResult } from './commandContext';

export interface LogNoteArgs extends Target {
  readonly text?: string;
  readonly body?: string;
}

export async function logNote(ctx: CommandContext, args?: LogNoteArgs): Promise<WriteResult> {
  const found = await requireJournal(ctx, args, 'gets the note');
  if (!found) return CANCELLED;
  const answers = await askSteps('Log Progress Note', [{ type: 'text', key: 'text', prompt: 'One line of progress', placeholder: 'e.g. Checker loop works against three test URLs' }], { text: args?.text }, args !== undefined);
  if (!answers?.text) return CANCELLED;
  const now = ctx.clock.localNow();
  return appendDraft(ctx, found.store, { kind: 'note', date: now.date, time: now.time, title: answers.text, body: args?.body }, 'The note');
}
