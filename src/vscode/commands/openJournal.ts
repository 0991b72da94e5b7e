import * as vscode from 'vscode';
import type { InputFlow } from '../multiStepInput';
import { splitArgument, type CommandContext, type Target } from './commandContext';
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

/** Opens the journal, at the entry's line when run from an entry. */
export async function openJournal(
  ctx: CommandContext,
  arg: unknown,
  input: InputFlow,
): Promise<vscode.TextEditor | undefined> {
  input.title = 'Open Journal';
  const call = splitArgument<OpenJournalArgs>(arg);
  const found = await requireJournal(ctx, input, call, 'should open');
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
