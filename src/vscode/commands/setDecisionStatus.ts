import * as vscode from 'vscode';
import {
  DECISION_STATUSES,
  decisionStatus,
  metadataValue,
  setDecisionStatus as setStatusInText,
  type DecisionStatus,
} from '../../core';
import type { InputFlow } from '../multiStepInput';
import type { ArgumentShape } from './commandArguments';
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
} from './commandContext';
import { requireJournal } from './requireJournal';

export interface SetDecisionStatusArgs extends Target {
  /** The decision's heading line (0-based); without it, the user picks. */
  readonly line?: number;
  readonly status?: DecisionStatus;
  /** For `superseded`: the heading line of the decision that replaces it. */
  readonly replacedByLine?: number;
}

export const SET_DECISION_STATUS_ARGUMENTS: ArgumentShape<SetDecisionStatusArgs> = {
  line: 'line',
  status: DECISION_STATUSES,
  replacedByLine: 'line',
};

export async function setDecisionStatus(
  ctx: CommandContext,
  call: Invocation<SetDecisionStatusArgs>,
  input: InputFlow,
): Promise<WriteResult> {
  begin(input, vscode.l10n.t('Change Decision Status'), call, ['line', 'status']);
  const args = call.args;
  const found = await requireJournal(ctx, input, call, vscode.l10n.t("Which folder's journal has the decision?"));
  if (!found) return CANCELLED;
  const decisions = found.snapshot.journal.entries.filter((e) => e.kind === 'decision');
  let decision = entryFrom(found.snapshot, call);
  if (!decision) {
    if (decisions.length === 0) {
      input.hide();
      void vscode.window.showInformationMessage(vscode.l10n.t('No decisions logged yet.'));
      return CANCELLED;
    }
    const newestFirst = [...decisions].reverse();
    const picked = await input.ask([
      {
        type: 'pick',
        key: 'decision',
        prompt: vscode.l10n.t('Which decision?'),
        items: () =>
          newestFirst.map((e, i) => ({
            label: e.title,
            description: `${e.date} · ${decisionStatus(e)}`,
            value: String(i),
          })),
      },
    ]);
    if (picked?.decision === undefined) return CANCELLED;
    decision = newestFirst[Number(picked.decision)];
  }
  if (decision.kind !== 'decision') {
    return { written: false, message: vscode.l10n.t('"{0}" is not a decision', decision.title) };
  }
  const target = decision;
  const others = decisions.filter((d) => d.line !== target.line);
  input.title = vscode.l10n.t('Status of: {0}', decision.title);
  const answers = await input.ask(
    [
      {
        type: 'pick',
        key: 'status',
        prompt: vscode.l10n.t('New status'),
        items: () => DECISION_STATUSES.map((s) => ({ label: s, value: s })),
        defaultValue: metadataValue(decision, 'status')?.toLowerCase(),
        // The status is the question itself, so it is asked even for an argument object that leaves it out.
        alwaysAsk: true,
      },
      {
        type: 'pick',
        key: 'replacedBy',
        prompt: vscode.l10n.t('Which decision replaces it?'),
        when: (a) => a.status === 'superseded' && others.length > 0,
        items: () => [...others].reverse().map((d) => ({ label: d.title, description: d.date, value: String(d.line) })),
      },
    ],
    { status: args.status, replacedBy: args.replacedByLine === undefined ? undefined : String(args.replacedByLine) },
    call.fromArguments,
  );
  if (!answers?.status || !(DECISION_STATUSES as readonly string[]).includes(answers.status)) return CANCELLED;
  const status = answers.status as DecisionStatus;
  const replacedBy =
    answers.replacedBy === undefined ? undefined : others.find((d) => d.line === Number(answers.replacedBy));
  return writeOrKeep(ctx, vscode.l10n.t('The status change'), `Status: ${status}`, () =>
    found.store.edit((text, journal) => {
      const snapshot = { uri: found.store.uri, text, journal };
      const current = findEntry(snapshot, target);
      if (!current) throw new Error(vscode.l10n.t('the decision "{0}" is no longer in the journal', target.title));
      const replacement = replacedBy ? findEntry(snapshot, replacedBy) : undefined;
      return setStatusInText(text, journal, current, status, replacement);
    }),
  );
}
