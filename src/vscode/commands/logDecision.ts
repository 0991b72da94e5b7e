import * as vscode from 'vscode';
import {
  DECISION_STATUSES,
  DEFAULT_DECISION_STATUS,
  proposedReviewDay,
  sanitizeTitle,
  setDecisionStatus,
  type DecisionStatus,
  type Entry,
} from '../../core';
import type { JournalStore } from '../journalStore';
import type { InputFlow } from '../multiStepInput';
import { readSettings } from '../settings';
import type { ArgumentShape } from './commandArguments';
import { appendDraft } from './appendDraft';
import {
  begin,
  CANCELLED,
  findEntry,
  writeOrKeep,
  type CommandContext,
  type Target,
  type WriteResult,
  type Invocation,
} from './commandContext';
import { requireJournal } from './requireJournal';
import { offerNextStep } from './setNextStep';
import { validateFutureDay } from './validation';

export interface LogDecisionArgs extends Target {
  readonly title?: string;
  /** Why, in one line: the entry's first body line. */
  readonly why?: string;
  /** Options considered; empty for none. */
  readonly options?: string;
  readonly status?: DecisionStatus;
  /** Context, the decision and its consequences (only from an argument object; the prompts keep it short). */
  readonly body?: string;
  /** The day to review it, `YYYY-MM-DD`, today or later; empty for none. An argument object without it sets none. */
  readonly review?: string;
  /** The heading line (0-based) of the decision this one replaces: that one is marked superseded, both linked. */
  readonly supersedes?: number;
}

export const LOG_DECISION_ARGUMENTS: ArgumentShape<LogDecisionArgs> = {
  title: 'text',
  why: 'text',
  options: 'text',
  status: DECISION_STATUSES.filter((s) => s !== 'superseded'),
  body: 'text',
  review: 'text',
  supersedes: 'line',
};

export async function logDecision(
  ctx: CommandContext,
  call: Invocation<LogDecisionArgs>,
  input: InputFlow,
): Promise<WriteResult> {
  begin(input, vscode.l10n.t('Log Decision'), call, ['title']);
  const args = call.args;
  const found = await requireJournal(ctx, input, call, vscode.l10n.t("Which folder's journal gets the decision?"));
  if (!found) return CANCELLED;
  const today = ctx.clock.today();
  const validateReview = validateFutureDay(today);
  if (args.review && validateReview(args.review)) {
    const message = vscode.l10n.t('Review on "{0}": {1}', args.review, validateReview(args.review) ?? '');
    input.hide();
    void vscode.window.showErrorMessage(vscode.l10n.t('The decision was not saved. {0}', message));
    return { written: false, message };
  }
  const replaced =
    args.supersedes === undefined
      ? undefined
      : found.snapshot.journal.entries.find((e) => e.line === args.supersedes && e.kind === 'decision');
  if (args.supersedes !== undefined && !replaced) {
    const message = vscode.l10n.t("line {0} is not a decision's heading (supersedes)", args.supersedes);
    input.hide();
    void vscode.window.showErrorMessage(vscode.l10n.t('The decision was not saved: {0}', message));
    return { written: false, message };
  }
  if (replaced) input.title = vscode.l10n.t('Log Decision (replaces: {0})', replaced.title);
  const reviewOn = proposedReviewDay(today, readSettings(found.store.folder).decisionReviewDays);
  const answers = await input.ask(
    [
      {
        type: 'text',
        key: 'title',
        prompt: vscode.l10n.t('What did you decide?'),
        placeholder: vscode.l10n.t('e.g. Use PostgreSQL over SQLite'),
      },
      {
        type: 'text',
        key: 'why',
        prompt: vscode.l10n.t('Why? (one line)'),
        placeholder: vscode.l10n.t('e.g. Backups and point-in-time restore are what I want to learn'),
        optional: true,
      },
      {
        type: 'text',
        key: 'options',
        prompt: vscode.l10n.t('Options considered'),
        placeholder: vscode.l10n.t('e.g. PostgreSQL, SQLite'),
        optional: true,
      },
      {
        type: 'pick',
        key: 'status',
        prompt: vscode.l10n.t('Status'),
        items: () => DECISION_STATUSES.filter((s) => s !== 'superseded').map((s) => ({ label: s, value: s })),
        defaultValue: DEFAULT_DECISION_STATUS,
      },
      {
        type: 'text',
        key: 'review',
        prompt: vscode.l10n.t('Review on (YYYY-MM-DD)'),
        placeholder: vscode.l10n.t('The day to judge it again; empty for never'),
        optional: true,
        // Proposed only to a person: an argument object that says nothing of a review (a keybinding, a tool)
        // asks for none, and `sideProject.decisionReviewDays: 0` never asks.
        value: call.fromArguments ? undefined : () => reviewOn ?? '',
        validate: validateReview,
        when: () => reviewOn !== undefined,
      },
    ],
    { title: args.title, why: args.why, options: args.options, status: args.status, review: args.review },
    call.fromArguments,
  );
  if (!answers?.title) return CANCELLED;
  const metadata: [string, string][] = [['Status', answers.status ?? DEFAULT_DECISION_STATUS]];
  if (answers.options) metadata.push(['Options', answers.options]);
  if (answers.review) metadata.push(['Review', answers.review]);
  const body = [answers.why, args.body].filter((part) => part).join('\n\n') || undefined;
  const now = ctx.clock.localNow();
  const result = await appendDraft(
    ctx,
    found.store,
    { kind: 'decision', date: now.date, time: now.time, title: answers.title, metadata, body },
    vscode.l10n.t('The decision'),
  );
  if (!result.written) return result;
  if (replaced) {
    const title = sanitizeTitle(answers.title);
    const linked = await linkReplaced(ctx, found.store, replaced, { date: now.date, title });
    if (!linked.written) return linked;
  }
  await offerNextStep(ctx, input, found.store);
  return result;
}

type EntryKey = Pick<Entry, 'line' | 'date' | 'kind' | 'title'>;

/** Marks `replaced` superseded by the decision just logged, each linked to the other. */
function linkReplaced(
  ctx: CommandContext,
  store: JournalStore,
  replaced: EntryKey,
  logged: Pick<Entry, 'date' | 'title'>,
): Promise<WriteResult> {
  const typed = `Supersedes: ${replaced.date} ${replaced.title}`;
  return writeOrKeep(ctx, vscode.l10n.t('The link to the decision it replaces'), typed, () =>
    store.edit((text, journal) => {
      const snapshot = { uri: store.uri, text, journal };
      const old = findEntry(snapshot, replaced);
      const newest = [...journal.entries]
        .reverse()
        .find((e) => e.kind === 'decision' && e.date === logged.date && e.title === logged.title);
      if (!old || !newest) {
        throw new Error(vscode.l10n.t('the decision "{0}" is no longer in the journal', replaced.title));
      }
      return setDecisionStatus(text, journal, old, 'superseded', newest);
    }),
  );
}
