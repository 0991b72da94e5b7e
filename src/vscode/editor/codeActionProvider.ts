// Quick fixes for the journal's own diagnostics, each a minimal edit of its line (src/core/document/fixes.ts).
import * as vscode from 'vscode';
import { quickFixes, type DiagnosticCode } from '../../core';
import { DIAGNOSTIC_SOURCE } from '../journalDiagnostics';
import { toRange, type JournalDocuments } from './journalDocuments';

export class JournalCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
  };

  constructor(private readonly documents: JournalDocuments) {}

  async provideCodeActions(
    doc: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && typeof d.code === 'string');
    if (ours.length === 0) return [];
    const parsed = await this.documents.parsed(doc);
    if (!parsed) return [];
    return ours.flatMap((diagnostic) =>
      quickFixes(parsed.journal, parsed.lines, {
        line: diagnostic.range.start.line,
        code: diagnostic.code as DiagnosticCode,
      }).map((fix) => {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(doc.uri, toRange(fix.range), fix.newText);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix.preferred;
        return action;
      }),
    );
  }
}
