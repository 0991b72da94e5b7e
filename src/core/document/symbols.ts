// The outline: the charter, then the phases in the order the journal goes through them, each with its
// entries. A phase appears once per stretch of consecutive entries in it, so every symbol's range lies
// inside its parent's (the breadcrumb needs that) even where a `- Phase:` item or a late entry interrupts.
import { entryStatus } from '../stats/entryStatus';
import { entryTitle, phaseLabel } from '../present/viewText';
import type { EntryKind, Journal, Phase } from '../model/types';
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

/**
 * Makes one symbol in the caller's own type, from numbers: every symbol starts at character 0 of its first
 * line, `line`, its heading is that line up to `headingEnd`, and it ends at `endLine`:`endCharacter`. The
 * editor's adapter builds its objects here directly, rather than converting ranges this module built first:
 * a journal of 10,000 entries makes 10,000 symbols. `children` is undefined for an entry.
 */
export type SymbolMaker<S> = (
  name: string,
  detail: string,
  kind: SymbolKind,
  line: number,
  headingEnd: number,
  endLine: number,
  endCharacter: number,
  children: S[] | undefined,
) => S;

const plainSymbol: SymbolMaker<JournalSymbol> = (name, detail, kind, line, headingEnd, endLine, endCharacter, kids) => {
  const start = { line, character: 0 };
  return {
    name,
    detail,
    kind,
    range: { start, end: { line: endLine, character: endCharacter } },
    selectionRange: { start, end: { line, character: headingEnd } },
    children: kids ?? NO_CHILDREN,
  };
};

export function journalSymbols(journal: Journal, lines: JournalLines): JournalSymbol[] {
  return buildSymbols(journal, lines, plainSymbol);
}

/** The outline, each symbol made by `make`. */
export function buildSymbols<S>(journal: Journal, lines: JournalLines, make: SymbolMaker<S>): S[] {
  const symbols: S[] = [];
  const fm = journal.frontMatter;
  if (fm.state !== 'missing') {
    const last = lines.wholeLine(fm.endLine ?? fm.startLine);
    const project = journal.charter.project;
    const detail = typeof project === 'string' ? project : '';
    const headingEnd = lines.wholeLine(fm.startLine).end.character;
    symbols.push(
      make('Charter', detail, 'charter', fm.startLine, headingEnd, last.end.line, last.end.character, undefined),
    );
  }
  // The stretch of entries in one phase being collected: its first entry's heading, its last entry's end.
  let run: S[] = [];
  let phase: Phase | undefined;
  let runLine = 0;
  let runHeadingEnd = 0;
  // Numbers, not the Position endBefore gives: kept past its entry, that object would have to be allocated;
  // used up within it, the compiler does without it.
  let runEndLine = 0;
  let runEndCharacter = 0;
  // Strings that thousands of symbols share are made once per outline: a phase's label, and the pieces of an
  // entry's detail (`2026-11-03` + ` 21:05` + ` · superseded`). The symbols outlive the extension host's
  // young-generation collections, which copy each string they hold, piece by piece: fewer pieces, shorter pauses.
  const label = madeOnce(phaseLabel);
  const afterDay = madeOnce((time: string) => ` ${time}`);
  const afterTime = madeOnce((status: string) => ` · ${status}`);
  const closeRun = () => {
    if (phase === undefined || run.length === 0) return;
    symbols.push(make(label(phase), '', 'phaseStretch', runLine, runHeadingEnd, runEndLine, runEndCharacter, run));
    run = [];
  };
  for (const entry of journal.entries) {
    if (entry.phase !== phase) closeRun();
    phase = entry.phase;
    const status = entryStatus(entry);
    const when = entry.time ? entry.date + afterDay(entry.time) : entry.date;
    const headingEnd = lines.contentEnd(entry.start) - entry.start;
    const end = lines.endBefore(entry.line, entry.start, entry.endLine, entry.end, entry.lastLineStart);
    if (run.length === 0) {
      runLine = entry.line;
      runHeadingEnd = headingEnd;
    }
    runEndLine = end.line;
    runEndCharacter = end.character;
    const detail = status ? when + afterTime(status) : when;
    run.push(make(entryTitle(entry), detail, entry.kind, entry.line, headingEnd, end.line, end.character, undefined));
  }
  closeRun();
  return symbols;
}

/** `make`, called once per distinct key for the life of the function returned. */
function madeOnce<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
}
