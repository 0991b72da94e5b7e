// Hovers on entry headings and on links to decisions (src/core/document/hover.ts).
import * as vscode from 'vscode';
import { hoverAt } from '../../core';
import type { Clock } from '../clock';
import { toRange, type JournalDocuments } from './journalDocuments';

export class JournalHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly documents: JournalDocuments,
    private readonly clock: Clock,
  ) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const parsed = await this.documents.parsed(doc);
    const hover = parsed && hoverAt(parsed.journal, parsed.lines, position, this.clock.today());
    if (!hover) return undefined;
    // The journal's words are shown as written, never read as markdown.
    const text = new vscode.MarkdownString();
    hover.lines.forEach((line, i) => {
      if (i > 0) text.appendMarkdown('\n\n');
      text.appendText(line);
    });
    return new vscode.Hover(text, toRange(hover.range));
  }
}
