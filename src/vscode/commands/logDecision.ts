import { DECISION_STATUSES, type DecisionStatus } from '../../core';
import { askSteps } from '../multiStepInput';
import { appendDraft } from './appendDraft';
import { CANCELLED, requireJournal, type CommandContext, type Target, type WriteResult } from './commandContext';

export interface LogDecisionArgs extends Target {
  readonly title?: string;
  /** Options considered; empty for none. */
  readonly options?: string;
  readonly status?: DecisionStatus;
  /** Context, the decision and its consequences (only from an argument object; the prompts keep it short). */
  readonly body?: string;
}

export async function logDecision(ctx: CommandContext, args?: LogDecisionArgs): Promise<WriteResult> {
  const found = await requireJournal(ctx, args, 'gets the decision');
  if (!found) return CANCELLED;
  const answers = await askSteps(
    'Log Decision',
    [
      { type: 'text', key: 'title', prompt: 'What did you decide?', placeholder: 'e.g. Use PostgreSQL over SQLite' },
      { type: 'text', key: 'options', prompt: 'Options considered', placeholder: 'e.g. PostgreSQL, SQLite', optional: true },
      {
        type: 'pick',
        key: 'status',
        prompt: 'Status',
        items: () => DECISION_STATUSES.filter((s) => s !== 'superseded').map((s) => ({ label: s, value: s })),
        defaultValue: 'accepted',
      },
    ],
    { title: args?.title, options: args?.options, status: args?.status },
    args !== undefined,
  );
  if (!answers?.title) return CANCELLED;
  const metadata: [string, string][] = [['Status', answers.status ?? 'accepted']];
  if (answers.options) metadata.push(['Options', answers.options]);
  const now = ctx.clock.localNow();
  return appendDraft(ctx, found.store, { kind: 'decision', date: now.date, time: now.time, title: answers.title, metadata, body: args?.body }, 'The decision');
}
