// Folding: the front matter, each entry, and each `### Resolution` or `### Outcome` section in an entry.
import { BACKTICK, HASH, TILDE } from '../model/charCode';
import type { Entry, Journal } from '../model/types';
import type { JournalLines } from './lines';

export interface FoldRange {
  /** 0-based lines: the first stays shown, the ones after it up to `end` fold. */
  readonly start: number;
  readonly end: number;
}

/** The sections an entry's writers fold away: what the commands append and what reviews add. */
const FOLDED_SECTIONS = ['### resolution', '### outcome'];
const FENCES = ['```', '~~~'];

export function foldingRanges(journal: Journal, lines: JournalLines): FoldRange[] {
  const ranges: FoldRange[] = [];
  const fm = journal.frontMatter;
  if (fm.state !== 'missing' && fm.endLine !== undefined) ranges.push({ start: fm.startLine, end: fm.endLine });
  // Only entries with a line starting `###` can hold a section: found by one search through the text.
  const text = lines.text;
  let level3 = text.indexOf('\n###');
  for (const entry of journal.entries) {
    push(ranges, lines, entry.line, entry.start, entry.endLine, entry.end);
    if (level3 < 0 || level3 >= entry.end) continue;
    if (level3 >= entry.start) sections(lines, entry, ranges);
    while (level3 >= 0 && level3 < entry.end) level3 = text.indexOf('\n###', level3 + 1);
  }
  return ranges;
}

/** Folds from `line` to the last line before `endLine` that is not blank, when that is below it. */
function push(ranges: FoldRange[], lines: JournalLines, line: number, at: number, endLine: number, end: number): void {
  const last = lines.lastLineBefore(line, at, endLine, end);
  if (last > line) ranges.push({ start: line, end: last });
}

/**
 * The folded sections of an entry's body, each up to the next level-3 heading or the entry's end. One pass over
 * the entry's lines by offsets; only a line starting `###` is looked at more closely.
 */
function sections(lines: JournalLines, entry: Entry, ranges: FoldRange[]): void {
  const text = lines.text;
  let open: { line: number; at: number } | undefined;
  let fence: string | undefined; // a heading inside a fenced code block is code
  let line = entry.line;
  for (let at = entry.start; ;) {
    const nl = text.indexOf('\n', at);
    if (nl < 0 || nl + 1 >= entry.end) break;
    at = nl + 1;
    line++;
    // Most lines start with a letter or a dash: one character tells them apart from a fence or a heading.
    const c = text.charCodeAt(at);
    if (fence !== undefined) {
      if (c === fence.charCodeAt(0) && text.startsWith(fence, at)) fence = undefined;
      continue;
    }
    if (c === BACKTICK || c === TILDE) fence = FENCES.find((f) => text.startsWith(f, at));
    if (fence !== undefined || c !== HASH || !text.startsWith('###', at)) continue;
    if (open) push(ranges, lines, open.line, open.at, line, at);
    const heading = text.slice(at, lines.contentEnd(at)).trim().toLowerCase();
    open = FOLDED_SECTIONS.includes(heading) ? { line, at } : undefined;
  }
  if (open) push(ranges, lines, open.line, open.at, entry.endLine, entry.end);
}
