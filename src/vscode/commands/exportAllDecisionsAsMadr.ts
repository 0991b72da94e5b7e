import * as vscode from 'vscode';
import { adrNumberOf, plural } from '../../core';
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
  input.title = vscode.l10n.t('Export All Decisions as MADR');
  const found = await requireJournal(ctx, input, call, vscode.l10n.t("Which folder's journal has the decisions?"));
  if (!found) return CANCELLED;
  input.hide();
  const decisions = found.snapshot.journal.entries.filter((e) => e.kind === 'decision');
  const pending = decisions.filter((d) => adrNumberOf(d) === undefined);
  if (pending.length === 0) {
    const message =
      decisions.length === 0
        ? vscode.l10n.t('No decisions logged yet.')
        : vscode.l10n.t('Every decision is exported already.');
    void vscode.window.showInformationMessage(message);
    return { written: false, message, files: [] };
  }
  const result = await exportDecisions(ctx, found.store, pending);
  const count = result.files?.length ?? 0;
  const skipped = decisions.length - pending.length;
  if (count > 0) {
    void vscode.window.showInformationMessage(
      skipped === 0
        ? plural(count, vscode.l10n.t('Exported {0} decision.', count), vscode.l10n.t('Exported {0} decisions.', count))
        : plural(
            count,
            vscode.l10n.t('Exported {0} decision; {1} exported before were left as they are.', count, skipped),
            vscode.l10n.t('Exported {0} decisions; {1} exported before were left as they are.', count, skipped),
          ),
    );
  }
  return result;
}
