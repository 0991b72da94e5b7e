// The journal as a document in an editor: its outline, folds, lenses, completions, hovers, links and quick
// fixes, computed from a parsed journal and its text in lines and characters. src/vscode/editor/ adapts them.
export { JournalLines, type Position, type Range } from './lines';
export { entryAt, decisionNamed } from './entries';
export { buildSymbols, journalSymbols, type JournalSymbol, type SymbolKind, type SymbolMaker } from './symbols';
export { foldingRanges, type FoldRange } from './folding';
export { codeLenses, type Lens, type LensRule } from './lenses';
export { completionsAt, type Completion } from './completion';
export { hoverAt, type JournalHover } from './hover';
export { journalLinks, type JournalLink } from './links';
export { quickFixes, nearestDay, type QuickFix } from './fixes';
