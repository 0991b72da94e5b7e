import { DECISION_STATUSES, DEFAULT_DECISION_STATUS, type DecisionStatus } from '../../core';
import type { InputFlow } from '../multiStepInput';
import type { ArgumentShape } from './commandArguments';
import { appendDraft } from './appendDraft';
import {
  begin,
  CANCELLED,
  type CommandContext,
  type Target,
  type WriteResult,
  type Invocation,
} from './commandContext';
import { requireJournal } from './requireJournal';
import { offerNextStep } from './setNextStep';

export interface LogDecisionArgs extends Target {
  readonly title?: string;
  /** Why, in one line: the entry's first body line. */
  readonly why?: string;
  /** Options considered; empty for none. */
  readonly options?: string;
  readonly status?: DecisionStatus;
  /** Context, the decision and its consequences (only from an argument object; the prompts keep it short). */
  readonly body?: string;
}

export const LOG_DECISION_ARGUMENTS: ArgumentShape<LogDecisionArgs> = {
  title: 'text',
  why: 'text',
  options: 'text',
  status: DECISION_STATUSES.filter((s) => s !== 'superseded'),
  body: 'text',
};

export async function logDecision(
  ctx: CommandContext,
  call: Invocation<LogDecisionArgs>,
  input: InputFlow,
): Promise<WriteResult> {
  begin(input, 'Log Decision', call, ['title']);
  const args = call.args;
  const found = await requireJournal(ctx, input, call, 'gets the decision');
  if (!found) return CANCELLED;
  const answers = await input.ask(
    [
      { type: 'text', key: 'title', prompt: 'What did you decide?', placeholder: 'e.g. Use PostgreSQL over SQLite' },
      {
        type: 'text',
        key: 'why',
        prompt: 'Why? (one line)',
        placeholder: 'e.g. Backups and point-in-time restore are what I want to learn',
        optional: true,
      },
      {
        type: 'text',
        key: 'options',
        prompt: 'Options considered',
        placeholder: 'e.g. PostgreSQL, SQLite',
        optional: true,
      },
      {
        type: 'pick',
        key: 'status',
        prompt: 'Status',
        items: () => DECISION_STATUSES.filter((s) => s !== 'superseded').map((s) => ({ label: s, value: s })),
        defaultValue: DEFAULT_DECISION_STATUS,
      },
    ],
    { title: args.title, why: args.why, options: args.options, status: args.status },
    call.fromArguments,
  );
  if (!answers?.title) return CANCELLED;
  const metadata: [string, string][] = [['Status', answers.status ?? DEFAULT_DECISION_STATUS]];
  if (answers.options) metadata.push(['Options', answers.options]);
  const body = [answers.why, args.body].filter((part) => part).join('\n\n') || undefined;
  const now = ctx.clock.localNow();
  const result = await appendDraft(
    ctx,
    found.store,
    { kind: 'decision', date: now.date, time: now.time, title: answers.title, metadata, body },
    'The decision',
  );
  if (result.written) await offerNextStep(ctx, input, found.store);
  return result;
}
