// The outline: the charter, then the phases in the order the journal goes through them, each with its
// entries. A phase appears once per stretch of consecutive entries in it, so every symbol's range lies
// inside its parent's (the breadcrumb needs that) even where a `- Phase:` item or a late entry interrupts.
import { entryStatus } from '../stats/entryStatus';
import { entryTitle, phaseLabel } from '../present/viewText';
import type { Entry, EntryKind, Journal, Phase } from '../model/types';
import type { JournalLines, Range } from './lines';

/** An entry's kind, the charter, or a stretch of entries in one phase. */
export type SymbolKind = 'charter' | 'phaseStretch' | EntryKind;

export interface JournalSymbol {
  readonly name: string;
  readonly detail: string;
  readonly kind: SymbolKind;
  /** All of its lines, up to the last one that is not blank. */
  readonly range: Range;
  /** Its heading line (the charter's opening `---`). */
  readonly selectionRange: Range;
  readonly children: readonly JournalSymbol[];
}

const NO_CHILDREN: readonly JournalSymbol[] = [];

export function journalSymbols(journal: Journal, lines: JournalLines): JournalSymbol[] {
  const symbols: JournalSymbol[] = [];
  const fm = journal.frontMatter;
  if (fm.state !== 'missing') {
    const last = lines.wholeLine(fm.endLine ?? fm.startLine);
    const project = journal.charter.project;
    symbols.push({
      name: 'Charter',
      detail: typeof project === 'string' ? project : '',
      kind: 'charter',
      range: { start: { line: fm.startLine, character: 0 }, end: last.end },
      selectionRange: lines.wholeLine(fm.startLine),
      children: NO_CHILDREN,
    });
  }
  let run: JournalSymbol[] = [];
  let phase: Phase | undefined;
  const closeRun = () => {
    if (phase === undefined || run.length === 0) return;
    symbols.push({
      name: phaseLabel(phase),
      detail: '',
      kind: 'phaseStretch',
      range: { start: run[0].range.start, end: run[run.length - 1].range.end },
      selectionRange: run[0].selectionRange,
      children: run,
    });
    run = [];
  };
  for (const entry of journal.entries) {
    if (entry.phase !== phase) closeRun();
    phase = entry.phase;
    run.push(entrySymbol(entry, lines));
  }
  closeRun();
  return symbols;
}

/** An entry's symbol: its ranges share their start, as a journal of 10,000 entries makes 10,000 of them. */
function entrySymbol(entry: Entry, lines: JournalLines): JournalSymbol {
  const status = entryStatus(entry);
  const when = entry.time ? `${entry.date} ${entry.time}` : entry.date;
  const start = { line: entry.line, character: 0 };
  return {
    name: entryTitle(entry),
    detail: status ? `${when} · ${status}` : when,
    kind: entry.kind,
    range: { start, end: lines.endBefore(entry.line, entry.start, entry.endLine, entry.end) },
    selectionRange: { start, end: { line: entry.line, character: lines.contentEnd(entry.start) - entry.start } },
    children: NO_CHILDREN,
  };
}
