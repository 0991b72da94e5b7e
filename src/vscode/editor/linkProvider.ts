// `Supersedes:` and `Superseded by:` values lead to the decision they name (src/core/document/links.ts).
import * as vscode from 'vscode';
import { journalLinks } from '../../core';
import { toRange, type JournalDocuments } from './journalDocuments';

export class JournalLinkProvider implements vscode.DocumentLinkProvider {
  constructor(private readonly documents: JournalDocuments) {}

  async provideDocumentLinks(doc: vscode.TextDocument): Promise<vscode.DocumentLink[]> {
    const parsed = await this.documents.parsed(doc);
    if (!parsed) return [];
    return journalLinks(parsed.journal, parsed.lines).map((link) => {
      // `#L12` opens the file at that (1-based) line: VS Code's own form for a position in a link.
      const target = doc.uri.with({ fragment: `L${link.targetLine + 1}` });
      const documentLink = new vscode.DocumentLink(toRange(link.range), target);
      documentLink.tooltip = link.tooltip;
      return documentLink;
    });
  }
}
