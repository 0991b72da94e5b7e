// The outline and breadcrumbs: the charter, the phases and their entries (src/core/document/symbols.ts).
import * as vscode from 'vscode';
import { journalSymbols, type JournalSymbol, type SymbolKind } from '../../core';
import { toRange, type JournalDocuments } from './journalDocuments';

/** Each kind's icon: the charter a module, a phase a namespace holding its entries, a decision a choice (boolean). */
const ICONS: Record<SymbolKind, vscode.SymbolKind> = {
  charter: vscode.SymbolKind.Module,
  phaseStretch: vscode.SymbolKind.Namespace,
  phase: vscode.SymbolKind.EnumMember,
  decision: vscode.SymbolKind.Boolean,
  incident: vscode.SymbolKind.Event,
  note: vscode.SymbolKind.String,
  launch: vscode.SymbolKind.Constant,
  deploy: vscode.SymbolKind.Event,
};

export class JournalSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly documents: JournalDocuments) {}

  async provideDocumentSymbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const parsed = await this.documents.parsed(doc);
    return parsed ? journalSymbols(parsed.journal, parsed.lines).map(toDocumentSymbol) : [];
  }
}

function toDocumentSymbol(symbol: JournalSymbol): vscode.DocumentSymbol {
  const s = new vscode.DocumentSymbol(
    symbol.name,
    symbol.detail,
    ICONS[symbol.kind],
    toRange(symbol.range),
    toRange(symbol.selectionRange),
  );
  s.children = symbol.children.map(toDocumentSymbol);
  return s;
}
