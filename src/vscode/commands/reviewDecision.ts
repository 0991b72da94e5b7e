import * as vscode from 'vscode';
import {
  decisionReview,
  decisionStatus,
  reviewDecision as reviewInText,
  VERDICTS,
  type Entry,
  type Verdict,
} from '../../core';
import type { InputFlow } from '../multiStepInput';
import {
  begin,
  CANCELLED,
  entryFrom,
  findEntry,
  writeOrKeep,
  type CommandContext,
  type Target,
  type WriteResult,
  type Invocation,
  fromArguments,
} from './commandContext';
import type { ArgumentShape } from './commandArguments';
import { logDecision } from './logDecision';
import { requireJournal } from './requireJournal';

export interface ReviewDecisionArgs extends Target {
  /** The decision's heading line (0-based); without it, the user picks, due reviews first. */
  readonly line?: number;
  readonly verdict?: Verdict;
  /** What the decision turned out to be: the entry's `### Outcome` section. */
  readonly learned?: string;
}

export const REVIEW_DECISION_ARGUMENTS: ArgumentShape<ReviewDecisionArgs> = {
  line: 'line',
  verdict: VERDICTS,
  learned: 'text',
};

/** The verdicts as the journal writes them, each with what it means in the display language. */
const verdictItems = () => [
  { label: 'keep', description: vscode.l10n.t('it holds: keep it'), value: 'keep' },
  { label: 'revisit', description: vscode.l10n.t('too early to say, or it needs a change'), value: 'revisit' },
  { label: 'reverse', description: vscode.l10n.t('it was wrong: log the decision that replaces it'), value: 'reverse' },
];

/**
 * Judges a decision again: the verdict and what was learned go into the entry, in place. A reversed decision
 * is then offered a successor, logged with Log Decision and linked to it.
 */
export async function reviewDecision(
  ctx: CommandContext,
  call: Invocation<ReviewDecisionArgs>,
  input: InputFlow,
): Promise<WriteResult> {
  begin(input, vscode.l10n.t('Review Decision'), call, ['line', 'verdict', 'learned']);
  const args = call.args;
  const found = await requireJournal(ctx, input, call, vscode.l10n.t("Which folder's journal has the decision?"));
  if (!found) return CANCELLED;
  const today = ctx.clock.today();
  const decisions = found.snapshot.journal.entries.filter((e) => e.kind === 'decision');
  let decision = entryFrom(found.snapshot, call);
  if (!decision) {
    if (decisions.length === 0) {
      input.hide();
      void vscode.window.showInformationMessage(vscode.l10n.t('No decisions logged yet.'));
      return CANCELLED;
    }
    // Due reviews first, longest waiting first; then every other decision, newest first.
    const due = decisions.filter((d) => decisionReview(d, today).due);
    const ordered = [...due, ...[...decisions].reverse().filter((d) => !due.includes(d))];
    const picked = await input.ask([
      {
        type: 'pick',
        key: 'decision',
        prompt: vscode.l10n.t('Which decision?'),
        items: () =>
          ordered.map((e, i) => ({
            label: e.title,
            description: [e.date, decisionStatus(e), ...(due.includes(e) ? [vscode.l10n.t('review due')] : [])].join(
              ' · ',
            ),
            value: String(i),
          })),
      },
    ]);
    if (picked?.decision === undefined) return CANCELLED;
    decision = ordered[Number(picked.decision)];
  }
  if (decision.kind !== 'decision') {
    return { written: false, message: vscode.l10n.t('"{0}" is not a decision', decision.title) };
  }
  input.title = vscode.l10n.t('Review: {0}', decision.title);
  const answers = await input.ask(
    [
      {
        type: 'pick',
        key: 'verdict',
        prompt: vscode.l10n.t('Verdict'),
        items: verdictItems,
        defaultValue: 'keep',
        // The verdict is the review itself: asked even when an argument object leaves it out.
        alwaysAsk: true,
      },
      {
        type: 'text',
        key: 'learned',
        prompt: vscode.l10n.t('What did you learn?'),
        placeholder: vscode.l10n.t('e.g. Backups took an evening to set up, and saved a week'),
      },
    ],
    { verdict: args.verdict, learned: args.learned },
    call.fromArguments,
  );
  if (!answers?.verdict || !answers.learned) return CANCELLED;
  const verdict = answers.verdict as Verdict;
  const target = decision;
  const result = await writeOrKeep(
    ctx,
    vscode.l10n.t('The review'),
    `Verdict: ${verdict}\n\n### Outcome\n${answers.learned}`,
    () =>
      found.store.edit((text, journal) => {
        const current = findEntry({ uri: found.store.uri, text, journal }, target);
        if (!current) throw new Error(vscode.l10n.t('the decision "{0}" is no longer in the journal', target.title));
        return reviewInText(text, journal, current, { date: today, verdict, learned: answers.learned });
      }),
  );
  if (result.written && verdict === 'reverse' && !call.fromArguments) {
    await offerSuccessor(ctx, input, found.store.folder.uri, target);
  }
  return result;
}

/** After a reversal: Log Decision for what replaces it, or not now. An argument object's run asks nothing more. */
async function offerSuccessor(ctx: CommandContext, input: InputFlow, folder: vscode.Uri, reversed: Entry) {
  const next = await input.ask([
    {
      type: 'pick',
      key: 'next',
      prompt: vscode.l10n.t('Log the decision that replaces it?'),
      items: () => [
        {
          label: vscode.l10n.t('Log Decision'),
          description: vscode.l10n.t('it supersedes "{0}"', reversed.title),
          value: 'log',
        },
        { label: vscode.l10n.t('Not now'), value: 'no' },
      ],
      defaultValue: 'log',
    },
  ]);
  if (next?.next !== 'log') return;
  await logDecision(ctx, fromArguments({ folder, supersedes: reversed.line }), input);
}
