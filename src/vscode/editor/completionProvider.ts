// Completion of the journal's closed sets: statuses, severities, decisions to supersede, and a dated heading
// at the end, dated by the extension's clock (src/core/document/completion.ts).
import * as vscode from 'vscode';
import { completionsAt } from '../../core';
import type { Clock } from '../clock';
import { toRange, type JournalDocuments } from './journalDocuments';

/** After `Status: ` or `## `: VS Code does not suggest as you type in markdown, so the space asks. */
export const COMPLETION_TRIGGERS = [' '];

export class JournalCompletionProvider implements vscode.CompletionItemProvider {
  constructor(
    private readonly documents: JournalDocuments,
    private readonly clock: Clock,
  ) {}

  async provideCompletionItems(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
    const parsed = await this.documents.parsed(doc);
    if (!parsed) return [];
    return completionsAt(parsed.journal, parsed.lines, position, this.clock.localNow()).map((c) => {
      const kind = c.kind === 'heading' ? vscode.CompletionItemKind.Snippet : vscode.CompletionItemKind.EnumMember;
      const item = new vscode.CompletionItem(c.label, kind);
      item.insertText = c.insertText;
      item.range = toRange(c.range);
      item.detail = c.detail;
      item.sortText = c.sortText;
      return item;
    });
  }
}
