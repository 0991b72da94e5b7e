import * as vscode from 'vscode';
import { setCharterField } from '../../core';
import type { InputFlow } from '../multiStepInput';
import {
  CANCELLED,
  writeOrKeep,
  type CommandContext,
  type Target,
  type WriteResult,
  type Invocation,
} from './commandContext';
import { requireJournal } from './requireJournal';

/** Ends a pause: removes `paused_until` from the charter, and nothing else. */
export async function resumeProject(
  ctx: CommandContext,
  call: Invocation<Target>,
  input: InputFlow,
): Promise<WriteResult> {
  input.title = vscode.l10n.t('Resume Project');
  const found = await requireJournal(ctx, input, call, vscode.l10n.t("Which folder's journal resumes?"));
  if (!found) return CANCELLED;
  const { project } = found.snapshot.journal.charter;
  if (found.snapshot.journal.charter.pausedUntil === undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} is not paused.', project ?? found.store.folder.name));
    return { written: false, message: 'not paused' };
  }
  return writeOrKeep(ctx, vscode.l10n.t('The resume'), '', () =>
    found.store.edit((text, journal) => [setCharterField(text, journal, 'pausedUntil', undefined)]),
  );
}
