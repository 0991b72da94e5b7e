import * as vscode from 'vscode';
import { DECISION_STATUSES, metadataValue, setDecisionStatus as setStatusInText, type DecisionStatus } from '../../core';
import { askSteps } from '../multiStepInput';
import { CANCELLED, entryFrom, findEntry, requireJournal, writeOrKeep, type CommandContext, type Target, type WriteResult } from './commandContext';

export interface SetDecisionStatusArgs extends Target {
  /** The decision's heading line (0-based); without it, the user picks. */
  readonly line?: number;
  readonly status?: DecisionStatus;
  /** For `superseded`: the heading line of the decision that replaces it. */
  readonly replacedByLine?: number;
}

export async function setDecisionStatus(ctx: CommandContext, arg?: SetDecisionStatusArgs | unknown): Promise<WriteResult> {
  const found = await requireJournal(ctx, arg, 'has the decision');
  if (!found) return CANCELLED;
  const args = (arg ?? {}) as SetDecisionStatusArgs;
  const decisions = found.snapshot.journal.entries.filter((e) => e.kind === 'decision');
  let decision = entryFrom(found.snapshot, arg);
  if (!decision) {
    if (decisions.length === 0) {
      void vscode.window.showInformationMessage('No decisions logged yet.');
      return CANCELLED;
    }
    const picked = await vscode.window.showQuickPick(
      [...decisions].reverse().map((e) => ({ label: e.title, description: `${e.date} · ${metadataValue(e, 'status') ?? 'accepted'}`, entry: e })),
      { title: 'Change Decision Status', placeHolder: 'Which decision?' },
    );
    if (!picked) return CANCELLED;
    decision = picked.entry;
  }
  if (decision.kind !== 'decision') return { written: false, message: `"${decision.title}" is not a decision` };
  const target = decision;
  const others = decisions.filter((d) => d.line !== target.line);
  const answers = await askSteps(
    `Status of: ${decision.title}`,
    [
      { type: 'pick', key: 'status', prompt: 'New status', items: () => DECISION_STATUSES.map((s) => ({ label: s, value: s })), defaultValue: metadataValue(decision, 'status')?.toLowerCase() },
      {
        type: 'pick',
        key: 'replacedBy',
        prompt: 'Which decision replaces it?',
        when: (a) => a.status === 'superseded' && others.length > 0,
        items: () => [...others].reverse().map((d) => ({ label: d.title, description: d.date, value: String(d.line) })),
      },
    ],
    { status: args.status, replacedBy: args.replacedByLine === undefined ? undefined : String(args.replacedByLine) },
    // The status is the question itself, so it is asked even for an argument object that leaves it out.
    false,
  );
  if (!answers?.status || !(DECISION_STATUSES as readonly string[]).includes(answers.status)) return CANCELLED;
  const status = answers.status as DecisionStatus;
  const replacedBy = answers.replacedBy === undefined ? undefined : others.find((d) => d.line === Number(answers.replacedBy));
  return writeOrKeep(ctx, 'The status change', `Status: ${status}`, () =>
    found.store.edit((text, journal) => {
      const snapshot = { uri: found.store.uri, text, journal };
      const current = findEntry(snapshot, target);
      if (!current) throw new Error(`the decision "${target.title}" is no longer in the journal`);
      const replacement = replacedBy ? findEntry(snapshot, replacedBy) : undefined;
      return setStatusInText(text, journal, current, status, replacement);
    }),
  );
}
