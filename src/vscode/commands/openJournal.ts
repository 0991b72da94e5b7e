import * as vscode from 'vscode';
import { isTreeNode, requireJournal, type CommandContext, type Target } from './commandContext';

export interface OpenJournalArgs extends Target {
  /** 0-based line to reveal. */
  readonly line?: number;
}

/** Opens the journal, at the entry's line when run from an entry. */
export async function openJournal(ctx: CommandContext, arg?: OpenJournalArgs | unknown): Promise<vscode.TextEditor | undefined> {
  const found = await requireJournal(ctx, arg, 'should open');
  if (!found) return undefined;
  const line = isTreeNode(arg) && arg.type === 'entry' ? arg.entry.line : (arg as OpenJournalArgs | undefined)?.line;
  const position = new vscode.Position(Math.max(0, line ?? 0), 0);
  const editor = await vscode.window.showTextDocument(found.store.uri, { preview: false, selection: line === undefined ? undefined : new vscode.Range(position, position) });
  if (line !== undefined) editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
  return editor;
}
