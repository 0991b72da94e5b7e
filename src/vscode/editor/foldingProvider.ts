// Folding: the front matter, each entry, each `### Resolution`/`### Outcome` (src/core/document/folding.ts).
import * as vscode from 'vscode';
import { foldingRanges } from '../../core';
import type { JournalDocuments } from './journalDocuments';

export class JournalFoldingProvider implements vscode.FoldingRangeProvider {
  constructor(private readonly documents: JournalDocuments) {}

  async provideFoldingRanges(doc: vscode.TextDocument): Promise<vscode.FoldingRange[]> {
    const parsed = await this.documents.parsed(doc);
    if (!parsed) return [];
    const frontMatter = parsed.journal.frontMatter.state === 'missing' ? -1 : parsed.journal.frontMatter.startLine;
    return foldingRanges(parsed.journal, parsed.lines).map(
      (r) =>
        new vscode.FoldingRange(r.start, r.end, r.start === frontMatter ? vscode.FoldingRangeKind.Region : undefined),
    );
  }
}
