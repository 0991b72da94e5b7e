import * as vscode from 'vscode';
import type { InputFlow } from '../multiStepInput';
import type { ArgumentShape } from './commandArguments';
import { type CommandContext, type Target, type Invocation } from './commandContext';
import { requireJournal } from './requireJournal';

export interface OpenJournalArgs extends Target {
  /** 0-based line to reveal. */
  readonly line?: number;
  /**
   * Keep the focus where it is (a tree row clicked to look at its entry): the keys typed next are meant for
   * the tree, not for the journal.
   */
  readonly preserveFocus?: boolean;
}

export const OPEN_JOURNAL_ARGUMENTS: ArgumentShape<OpenJournalArgs> = { line: 'line', preserveFocus: 'flag' };

/** Opens the journal, at the entry's line when run from an entry. */
export async function openJournal(
  ctx: CommandContext,
  call: Invocation<OpenJournalArgs>,
  input: InputFlow,
): Promise<vscode.TextEditor | undefined> {
  input.title = vscode.l10n.t('Open Journal');
  const found = await requireJournal(ctx, input, call, vscode.l10n.t("Which folder's journal should open?"));
  if (!found) return undefined;
  input.hide();
  const line = call.entry?.line ?? call.line;
  const position = new vscode.Position(Math.max(0, line ?? 0), 0);
  const editor = await vscode.window.showTextDocument(found.store.uri, {
    preview: false,
    preserveFocus: call.args.preserveFocus === true,
    selection: line === undefined ? undefined : new vscode.Range(position, position),
  });
  if (line !== undefined) editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
  return editor;
}
