import * as vscode from 'vscode';
import { adrNumberOf } from '../../core';
import type { InputFlow } from '../multiStepInput';
import { CANCELLED, type CommandContext, type Invocation, type Target } from './commandContext';
import { exportDecisions, type ExportResult } from './exportDecisionAsMadr';
import { requireJournal } from './requireJournal';

/** Exports every decision not exported yet (those without `- ADR:`), in journal order, numbered in turn. */
export async function exportAllDecisionsAsMadr(
  ctx: CommandContext,
  call: Invocation<Target>,
  input: InputFlow,
): Promise<ExportResult> {
  input.title = 'Export All Decisions as MADR';
  const found = await requireJournal(ctx, input, call, 'has the decisions');
  if (!found) return CANCELLED;
  input.hide();
  const decisions = found.snapshot.journal.entries.filter((e) => e.kind === 'decision');
  const pending = decisions.filter((d) => adrNumberOf(d) === undefined);
  if (pending.length === 0) {
    const message = decisions.length === 0 ? 'No decisions logged yet.' : 'Every decision is exported already.';
    void vscode.window.showInformationMessage(message);
    return { written: false, message, files: [] };
  }
  const result = await exportDecisions(ctx, found.store, pending);
  const count = result.files?.length ?? 0;
  const skipped = decisions.length - pending.length;
  if (count > 0) {
    void vscode.window.showInformationMessage(
      `Exported ${count} ${count === 1 ? 'decision' : 'decisions'}` +
        (skipped > 0 ? `; ${skipped} exported before were left as they are.` : '.'),
    );
  }
  return result;
}
