// Folding: the front matter, each entry, and each `### Resolution` or `### Outcome` section in an entry.
import type { Journal } from '../model/types';
import type { JournalLines } from './lines';

export interface FoldRange {
  /** 0-based lines: the first stays shown, the ones after it up to `end` fold. */
  readonly start: number;
  readonly end: number;
}

/** The sections an entry's writers fold away: what the commands append and what reviews add. */
const FOLDED_SECTIONS = ['### Resolution', '### Outcome'];
const FENCES = ['```', '~~~'];

export function foldingRanges(journal: Journal, lines: JournalLines): FoldRange[] {
  const ranges: FoldRange[] = [];
  const fm = journal.frontMatter;
  if (fm.state !== 'missing' && fm.endLine !== undefined) ranges.push({ start: fm.startLine, end: fm.endLine });
  for (const entry of journal.entries) {
    const last = lines.lastContentLine(entry.line, entry.endLine);
    if (last > entry.line) ranges.push({ start: entry.line, end: last });
    sectionRanges(lines, entry.line + 1, last, ranges);
  }
  return ranges;
}

/** The folded sections between `first` and `last`: each runs to the next level-3 heading or the entry's end. */
function sectionRanges(lines: JournalLines, first: number, last: number, ranges: FoldRange[]): void {
  let open: number | undefined;
  let fence: string | undefined; // a heading inside a fenced code block is code
  for (let line = first; line <= last; line++) {
    if (fence !== undefined) {
      if (lines.startsWith(line, fence)) fence = undefined;
      continue;
    }
    fence = FENCES.find((f) => lines.startsWith(line, f));
    if (fence !== undefined || !lines.startsWith(line, '###')) continue;
    if (open !== undefined) pushSection(lines, open, line, ranges);
    open = FOLDED_SECTIONS.some((s) => isHeading(lines, line, s)) ? line : undefined;
  }
  if (open !== undefined) pushSection(lines, open, last + 1, ranges);
}

function pushSection(lines: JournalLines, start: number, end: number, ranges: FoldRange[]): void {
  const last = lines.lastContentLine(start, end);
  if (last > start) ranges.push({ start, end: last });
}

/** `### Resolution` and nothing more than blanks after it (any case). */
function isHeading(lines: JournalLines, line: number, heading: string): boolean {
  return lines.lineText(line).trim().toLowerCase() === heading.toLowerCase();
}
