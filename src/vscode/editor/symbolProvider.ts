// The outline and breadcrumbs: the charter, the phases and their entries (src/core/document/symbols.ts).
import * as vscode from 'vscode';
import { buildSymbols, type SymbolKind, type SymbolMaker } from '../../core';
import type { JournalDocuments } from './journalDocuments';

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
    return parsed ? buildSymbols(parsed.journal, parsed.lines, documentSymbol) : [];
  }
}

// Read once: the bundle's `vscode` namespace hands out each name through a getter, which cost more than the
// object itself when the outline of 10,000 entries makes 60,000 of these.
const { DocumentSymbol, Position, Range } = vscode;

/** An entry's children: frozen, as they are read, never added to, by VS Code and by this extension. */
const NO_CHILDREN = Object.freeze([]) as unknown as vscode.DocumentSymbol[];

/**
 * VS Code's symbol, made directly from the outline's numbers; its two ranges share their start. A phase's
 * stretch starts at its first entry, with that entry's heading, and ends with its last: it shares their objects.
 */
const documentSymbol: SymbolMaker<vscode.DocumentSymbol> = (
  name,
  detail,
  kind,
  line,
  headingEnd,
  endLine,
  endCharacter,
  children,
) => {
  if (children?.length) {
    const first = children[0];
    const range = new Range(first.range.start, children[children.length - 1].range.end);
    const symbol = new DocumentSymbol(name, detail, ICONS[kind], range, first.selectionRange);
    symbol.children = children;
    return symbol;
  }
  const start = new Position(line, 0);
  const range = new Range(start, new Position(endLine, endCharacter));
  const symbol = new DocumentSymbol(name, detail, ICONS[kind], range, new Range(start, new Position(line, headingEnd)));
  // One empty array for every entry: the constructor's own dies young, rather than being copied with the
  // symbol by each collection it outlives.
  symbol.children = NO_CHILDREN;
  return symbol;
};
