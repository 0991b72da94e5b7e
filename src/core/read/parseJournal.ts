// Journal text -> Journal value. One pass over the lines, touching each character a small constant number
// of times: the journal can hold years of entries and is re-read on every save. Nothing here throws on any
// input; every problem becomes a diagnostic with its line.
import { daysBetween, isCalendarDay, isWallTime, parseDayAndTime } from '../model/calendar';
import { BACKTICK, CR, DASH, HASH, isBlank, LESS_THAN, SPACE, TILDE } from '../model/charCode';
import { readDatedHeading, readMetadataItem, splitKindWord } from './lineLexer';
import { endsWithNewline, LineReader } from './lineReader';
import { EMPTY_CHARTER, readCharter } from './frontMatter';
import { keepClassShape } from './classShapes';
import { initialPhase, phaseChange, phaseNamed } from '../model/phases';
import {
  DECISION_STATUSES,
  DEPLOY_STATUSES,
  ENTRY_KINDS,
  INCIDENT_STATUSES,
  PHASES,
  type CalendarDay,
  type Charter,
  type Diagnostic,
  type DiagnosticCode,
  type Entry,
  type EntryKind,
  type FrontMatterState,
  type Journal,
  type MetadataItem,
  type OpenBlock,
  type Phase,
} from '../model/types';

const ENTRY_HEADING_START = /^ {0,3}##[ \t]+\d{4}-\d{1,2}-\d{1,2}/;
/** The heading of an incident's action items, as Resolve Incident writes it (any case, a closing `#` run). */
const ACTION_ITEMS_HEADING = /^###[ \t]+action items[ \t]*#*[ \t]*$/i;
const ASTERISK = 42;
const PLUS = 43;
const LEFT_BRACKET = 91;
const RIGHT_BRACKET = 93;
const LATIN_CAPITAL_X = 88;
const LATIN_SMALL_X = 120;
const LOOKS_DATED = /^[ \t]+\d{4}-\d{1,2}-\d{1,2}/;

/** The kind a word names, in any case. The word is ASCII letters (splitKindWord), so no lowercased copy is made. */
function kindNamed(word: string): EntryKind | undefined {
  for (const kind of ENTRY_KINDS) if (kind.length === word.length && isLowerCaseOf(kind, word)) return kind;
  return undefined;
}

export function parseJournal(text: string): Journal {
  const diagnostics: Diagnostic[] = [];
  const bom = text.charCodeAt(0) === 0xfeff;
  const firstNewline = text.indexOf('\n');
  // A text whose only line break is a CR at its very end (a CRLF cut short; the reader already treats that CR
  // as a line ending) is a CRLF text: the LF an append supplies completes it, and the style stays the same.
  const endsInCr = firstNewline < 0 && text.charCodeAt(text.length - 1) === CR;
  const eol = (firstNewline > 0 && text.charCodeAt(firstNewline - 1) === CR) || endsInCr ? '\r\n' : '\n';

  const line = new LineReader(text, bom ? 1 : 0);
  const { frontMatter, charter, bodyLine } = readFrontMatter(line, diagnostics);
  const blocks = new BlockTracker(text);
  const collector = new EntryCollector(text, diagnostics);
  let lineNo = bodyLine;
  for (; line.read(); lineNo++) {
    const end = line.contentEnd;
    // Up to three spaces of indentation, as CommonMark allows before a heading or a fence.
    let i = line.start;
    while (i < end && i - line.start < 3 && text.charCodeAt(i) === SPACE) i++;
    const c = i < end ? text.charCodeAt(i) : -1;
    if (blocks.inside !== undefined) {
      blocks.readInside(i, end, c);
      collector.endMetadata();
    } else if (!collector.readLine(line, lineNo, i, c)) {
      blocks.readOutside(i, end, c);
    }
    if (c !== -1) collector.sawText(line.start);
  }
  const entries = collector.finish(lineNo, text.length);

  const initial = initialPhase(charter, charter.started ?? entries[0]?.date);
  const withPhases = assignPhases(entries, initial, charter.started, diagnostics);
  diagnostics.sort((a, b) => a.line - b.line);
  const finalNewline = endsWithNewline(text);
  const openBlockAtEnd = blocks.openBlock();
  const read = { frontMatter, charter, entries: withPhases, diagnostics, openBlockAtEnd };
  return { bom, eol, finalNewline, lineCount: lineNo, ...read };
}

const NOT_READ = '; the charter is not read and will not be edited';

interface FrontMatterRead {
  readonly frontMatter: FrontMatterState;
  readonly charter: Charter;
  /** The number of the first line after the front matter (0 when there is none). */
  readonly bodyLine: number;
}

/**
 * Reads the front matter: an opening `---` (optionally naming a language) on the first line, closed by `---`.
 * Leaves `line` before the first line of markdown: after the block, or at the start when there is none.
 */
function readFrontMatter(line: LineReader, diagnostics: Diagnostic[]): FrontMatterRead {
  const missing: FrontMatterRead = { frontMatter: { state: 'missing' }, charter: EMPTY_CHARTER, bodyLine: 0 };
  const firstLine = line.next;
  const opening = line.read() ? /^---([A-Za-z]*)[ \t]*$/.exec(line.content()) : null;
  if (!opening) {
    line.seek(firstLine);
    return missing;
  }
  let closingLine = -1;
  for (let n = 1; line.read(); n++) {
    // An entry heading cannot be YAML (where `#` starts a comment): a `---` with none before it is a rule,
    // not front matter, and no later line (an appended body's `---`, say) can turn entries into YAML.
    if (ENTRY_HEADING_START.test(line.content())) break;
    if (/^---[ \t]*$/.test(line.content())) {
      closingLine = n;
      break;
    }
  }
  if (closingLine < 0) {
    const reason = 'front matter is not closed: no `---` line ends it';
    diagnostics.push({ line: 0, severity: 'error', message: `${reason}${NOT_READ}` });
    line.seek(firstLine); // no front matter after all: read every line as markdown
    return { ...missing, frontMatter: { state: 'malformed', startLine: 0, endLine: undefined, reason } };
  }
  // The text as it is, through the closing line: gray-matter splits it itself.
  const result = readCharter(line.text.slice(0, line.next), opening[1], 1);
  const bodyLine = closingLine + 1;
  if (!result.ok) {
    diagnostics.push({ line: Math.max(0, result.line), severity: 'error', message: `${result.reason}${NOT_READ}` });
    const reason = result.reason;
    const frontMatter: FrontMatterState = { state: 'malformed', startLine: 0, endLine: closingLine, reason };
    return { frontMatter, charter: EMPTY_CHARTER, bodyLine };
  }
  diagnostics.push(...result.diagnostics);
  return { frontMatter: { state: 'ok', startLine: 0, endLine: closingLine }, charter: result.charter, bodyLine };
}

/**
 * Tracks CommonMark's fenced code blocks and HTML comment blocks, whose lines are text, never entries or
 * metadata. Each line's indentation has been skipped: `i` is its first character `c` (-1 on a blank line).
 */
class BlockTracker {
  /** The kind of block the lines are in; the OpenBlock itself is made at the end only (most entries hold a fence). */
  inside: OpenBlock['kind'] | undefined;
  private fenceChar = 0;
  private fenceLength = 0;
  // Where the open HTML comment ends, found once when it opens so no line searches the rest of the file.
  private commentCloseAt = -1;

  constructor(private readonly text: string) {}

  /** A line inside the open block: it may close it. */
  readInside(i: number, end: number, c: number): void {
    if (this.inside === 'fence') {
      const closes = c === this.fenceChar && isClosingFence(this.text, i, end, this.fenceChar, this.fenceLength);
      if (closes) this.inside = undefined;
    } else if (this.commentCloseAt !== -1 && this.commentCloseAt < end) {
      this.inside = undefined;
    }
  }

  /** A line outside any block: it may open one. */
  readOutside(i: number, end: number, c: number): void {
    const text = this.text;
    if ((c === BACKTICK || c === TILDE) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c) {
      let n = 3;
      while (text.charCodeAt(i + n) === c) n++;
      // A backtick fence's info string cannot contain a backtick (CommonMark), or it is inline code.
      if (c === TILDE || !containsChar(text, i + n, end, BACKTICK)) {
        this.inside = 'fence';
        this.fenceChar = c;
        this.fenceLength = n;
      }
    } else if (c === LESS_THAN && text.startsWith('<!--', i)) {
      // CommonMark ends a comment block on the first line containing `-->`, its own first line included, and
      // `<!-->` and `<!--->` contain one: the search starts inside the `<!--`, not after it.
      this.commentCloseAt = text.indexOf('-->', i + 2);
      if (this.commentCloseAt === -1 || this.commentCloseAt >= end) this.inside = 'comment';
    }
  }

  /** The block still open where the text ends. */
  openBlock(): OpenBlock | undefined {
    if (this.inside === 'fence') {
      return { kind: 'fence', marker: String.fromCharCode(this.fenceChar).repeat(this.fenceLength) };
    }
    return this.inside === 'comment' ? { kind: 'comment' } : undefined;
  }
}
keepClassShape(new BlockTracker(''));

/** Collects the entries: each heading starts one, its metadata lines follow, and the next heading ends it. */
class EntryCollector {
  private readonly entries: PendingEntry[] = [];
  // The entry being read: its heading fields, then its metadata lines until the first other line.
  private pending: PendingEntry | undefined;
  private collectingMetadata = false;
  // Its metadata items while they are read: each entry's list is then copied at its length (a list grown item by
  // item keeps room for 17, and every entry's stays as long as the journal).
  private readonly items: MetadataItem[] = [];
  private itemCount = 0;
  // Inside an incident's `### Action items` section, whose task lines are counted.
  private inActionItems = false;

  constructor(
    private readonly text: string,
    private readonly diagnostics: Diagnostic[],
  ) {}

  /** The line is no metadata line: the entry's metadata has ended. */
  endMetadata(): void {
    if (!this.collectingMetadata) return;
    this.collectingMetadata = false;
    if (this.pending && this.itemCount > 0) this.pending.metadata = this.items.slice(0, this.itemCount);
    this.itemCount = 0;
  }

  /** Reads a metadata line or an entry heading; false for any other line, which ends the metadata. */
  readLine(line: LineReader, lineNo: number, i: number, c: number): boolean {
    const text = this.text;
    const end = line.contentEnd;
    if (this.collectingMetadata && this.pending) {
      const item = c === DASH && i === line.start ? readMetadataItem(text, line.start, end, lineNo) : undefined;
      if (item) {
        this.items[this.itemCount++] = item;
        this.pending.bodyStart = line.next;
        return true;
      }
      this.endMetadata();
    }
    // `##` and then a blank or the line's end: a level-2 heading.
    const level2 = c === HASH && text.charCodeAt(i + 1) === HASH && (i + 2 >= end || isBlank(text.charCodeAt(i + 2)));
    const heading = level2 ? readHeading(text, i + 2, end, lineNo, this.diagnostics) : undefined;
    if (!heading) {
      if ((c === HASH || c === DASH || c === ASTERISK) && this.pending?.kind === 'incident') {
        this.readActionItemLine(this.pending, i, end, c);
      }
      return false;
    }
    this.inActionItems = false;
    this.finish(lineNo, line.start);
    // The entry itself, completed in place when it ends: every field written out in one literal, so all
    // entries share one shape (a spread of the heading was a third of a large parse).
    this.pending = {
      kind: heading.kind,
      date: heading.date,
      time: heading.time,
      title: heading.title,
      metadata: [],
      phase: 'design',
      line: lineNo,
      endLine: lineNo,
      start: line.start,
      end: line.next,
      bodyStart: line.next,
      lastLineStart: line.start,
      actionItems: undefined,
    };
    this.collectingMetadata = true;
    return true;
  }

  /**
   * Follows an incident's `### Action items` section: its heading opens it, any other heading closes it, and
   * in it a `- [ ]` line is an open item and a `- [x]` line a done one (`*` bullets too, as in GitHub's tasks).
   */
  private readActionItemLine(entry: PendingEntry, i: number, end: number, c: number): void {
    const text = this.text;
    if (c === HASH) {
      this.inActionItems = ACTION_ITEMS_HEADING.test(text.slice(i, end));
      if (this.inActionItems) entry.actionItems ??= { open: 0, done: 0 };
      return;
    }
    if (!this.inActionItems || !entry.actionItems || text.charCodeAt(i + 1) !== SPACE) return;
    if (text.charCodeAt(i + 2) !== LEFT_BRACKET || text.charCodeAt(i + 4) !== RIGHT_BRACKET) return;
    if (i + 5 < end && !isBlank(text.charCodeAt(i + 5))) return;
    const mark = text.charCodeAt(i + 3);
    const items = entry.actionItems as { open: number; done: number };
    if (mark === SPACE) items.open++;
    else if (mark === LATIN_SMALL_X || mark === LATIN_CAPITAL_X) items.done++;
  }

  /** A line starting at `start` has something after its indentation: the entry's text reaches it. */
  sawText(start: number): void {
    if (this.pending) this.pending.lastLineStart = start;
  }

  /** Ends the entry being read at `endLine` and `endOffset`; returns every entry so far. */
  finish(endLine: number, endOffset: number): PendingEntry[] {
    this.endMetadata();
    const pending = this.pending;
    if (pending) {
      pending.endLine = endLine;
      pending.end = endOffset;
      pending.bodyStart = Math.min(pending.bodyStart, endOffset);
      this.entries.push(pending);
      this.pending = undefined;
    }
    return this.entries;
  }
}
keepClassShape(new EntryCollector('', []));

function containsChar(text: string, from: number, end: number, char: number): boolean {
  for (let j = from; j < end; j++) if (text.charCodeAt(j) === char) return true;
  return false;
}

function isClosingFence(text: string, i: number, end: number, char: number, length: number): boolean {
  let n = 0;
  while (text.charCodeAt(i + n) === char) n++;
  if (n < length) return false;
  for (let j = i + n; j < end; j++) {
    if (!isBlank(text.charCodeAt(j))) return false;
  }
  return true;
}

interface Heading {
  kind: EntryKind;
  date: string;
  time: string | undefined;
  title: string;
}

/** An entry while it is read: its end and phase are set when the next heading (or the end) is reached. */
type PendingEntry = { -readonly [K in keyof Entry]: Entry[K] } & { metadata: MetadataItem[] };

/** Reads what follows `##` on a level-2 heading; undefined when it is not an entry heading. */
function readHeading(
  text: string,
  from: number,
  end: number,
  lineNo: number,
  diagnostics: Diagnostic[],
): Heading | undefined {
  const dated = readDatedHeading(text, from, end);
  if (!dated) {
    if (LOOKS_DATED.test(text.slice(from, end))) {
      diagnostics.push({
        line: lineNo,
        severity: 'warning',
        message: 'This heading looks like an entry but is not one: write `## YYYY-MM-DD HH:mm Kind: title`',
      });
    }
    return undefined;
  }
  const { date, time: rawTime, rest } = dated;
  if (!isCalendarDay(date)) {
    diagnostics.push({
      line: lineNo,
      severity: 'error',
      message: `${date} is not a calendar day, so this heading is not read as an entry`,
      code: 'impossible-date',
    });
    return undefined;
  }
  let time: string | undefined = rawTime;
  if (time !== undefined && !isWallTime(time)) {
    diagnostics.push({
      line: lineNo,
      severity: 'warning',
      message: `${time} is not a time of day (HH:mm, 00:00 to 23:59); the entry is read without one`,
    });
    time = undefined;
  }
  if (rawTime !== undefined) warnAboutTimeZone(date, rawTime, rest, lineNo, diagnostics);
  const kindWord = splitKindWord(rest);
  if (kindWord) {
    const kind = kindNamed(kindWord.word);
    if (kind) return { kind, date, time, title: kindWord.title };
    const guess = closestKind(kindWord.word);
    if (guess) {
      diagnostics.push({
        line: lineNo,
        severity: 'warning',
        message: `"${kindWord.word}" is not an entry kind, so this is read as a Note: did you mean ${guess}?`,
        code: 'unknown-kind',
      });
    }
  }
  return { kind: 'note', date, time, title: rest };
}

/** A time zone written after the time: UTC or GMT (with an offset or not), Z, or an offset alone. */
const TIME_ZONE = /^(?:(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?|Z|[+-]\d{2}:?\d{2})(?=[ \t]|$)/i;
/**
 * Whether `rest` starts with a character a time zone starts with (U, G or Z in either case, + or -): most
 * titles are told apart by their first one. Compared as a code unit, as every dated heading passes here.
 */
function mayStartTimeZone(rest: string): boolean {
  const c = rest.charCodeAt(0);
  const lower = c | 0x20; // only U and u become u this way, and so on
  return c === PLUS || c === DASH || lower === 0x75 || lower === 0x67 || lower === 0x7a;
}

/** Times are local wall-clock times: a zone after one is not read, and the words after it become a Note's title. */
function warnAboutTimeZone(date: string, time: string, rest: string, lineNo: number, diagnostics: Diagnostic[]): void {
  const zone = mayStartTimeZone(rest) ? TIME_ZONE.exec(rest)?.[0] : undefined;
  if (zone === undefined) return;
  const after = splitKindWord(rest.slice(zone.length).trimStart());
  const kind = after && kindNamed(after.word) ? `${after.word}: ` : '';
  const message = `\`${zone}\` after the time is not read: times are local, so write \`## ${date} ${time} ${kind}…\``;
  diagnostics.push({ line: lineNo, severity: 'warning', message });
}

/** How far a word may be from a kind (in edits: a letter added, removed or changed) to be taken for a misspelling. */
const MISSPELT_WITHIN = 2;

/** The kind a word is probably a misspelling of: at most two edits away, for words of four letters or more. */
export function closestKind(word: string): string | undefined {
  if (word.length < 4) return undefined;
  for (const kind of ENTRY_KINDS) {
    if (editDistanceWithin(word, kind, MISSPELT_WITHIN)) return kind[0].toUpperCase() + kind.slice(1);
  }
  return undefined;
}

/** Two rows of the edit-distance table, reused: the words compared are a kind and a word of about its length. */
const previousRow: number[] = [];
const currentRow: number[] = [];

/**
 * True when `word` (in any case) is at most `limit` edits from `kind` (lower case). Words whose lengths differ
 * by more than the limit are that many edits apart at least, and are not compared: a word before a colon can
 * be megabytes long.
 */
export function editDistanceWithin(word: string, kind: string, limit: number): boolean {
  if (Math.abs(word.length - kind.length) > limit) return false;
  for (let j = 0; j <= kind.length; j++) previousRow[j] = j;
  for (let i = 1; i <= word.length; i++) {
    currentRow[0] = i;
    const c = word.charCodeAt(i - 1) | 0x20; // ASCII letters only (splitKindWord), so this is lower case
    for (let j = 1; j <= kind.length; j++) {
      const changed = previousRow[j - 1] + (c === kind.charCodeAt(j - 1) ? 0 : 1);
      currentRow[j] = Math.min(previousRow[j] + 1, currentRow[j - 1] + 1, changed);
    }
    for (let j = 0; j <= kind.length; j++) previousRow[j] = currentRow[j];
  }
  return previousRow[kind.length] <= limit;
}

/** The metadata value for a key, matched without regard to case. */
export function metadataValue(entry: Pick<Entry, 'metadata'>, key: string): string | undefined {
  const lower = key.toLowerCase();
  // The length first: most keys differ in it. No key is lowercased: the stats look up several keys of every
  // entry, and a lowercased copy of each key they passed was most of their garbage.
  for (const item of entry.metadata) {
    if (item.key.length === lower.length && isLowerCaseOf(lower, item.key)) return item.value;
  }
  return undefined;
}

/** Whether `word.toLowerCase()` is `lower` (of the same length): ASCII code units are folded one by one. */
function isLowerCaseOf(lower: string, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    // Past ASCII, lowercasing may change the length or depend on the characters around: as written.
    if (c > 0x7f) return word.toLowerCase() === lower;
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/** Two dates further apart than this are more likely a typo in a year than a late or early entry. */
const A_YEAR_IN_DAYS = 365;

/** A number that orders days by their year: four code units read, where comparing two dates is dearer. */
const yearOf = (day: CalendarDay) =>
  day.charCodeAt(0) * 1000 + day.charCodeAt(1) * 100 + day.charCodeAt(2) * 10 + day.charCodeAt(3);

const moreThanAYear = (earlier: CalendarDay, later: CalendarDay) => daysBetween(earlier, later) > A_YEAR_IN_DAYS;

/** Why a date is likely a typo: before `started`, or before (or after) both entries around it. */
export type Misdated = 'before started' | 'before' | 'after';

/**
 * Whether the date of `entries[index]` is likely a typo in its year, and why: it lies more than a year before
 * `started`, or more than a year before (or after) both entries around it. The parser warns about such an
 * entry and the stats leave it out, so one typo cannot stretch the weekly activity over centuries. The first
 * and the last entry have one neighbour, so only `started` judges them; and no date is judged against today,
 * which the parser does not know. This runs for every entry of every parse and stats call: days are counted
 * only between dates of different years.
 */
export function misdated(
  entries: readonly Pick<Entry, 'date'>[],
  index: number,
  started?: CalendarDay,
): Misdated | undefined {
  const date = entries[index].date;
  const year = yearOf(date);
  if (started !== undefined && year < yearOf(started) && moreThanAYear(date, started)) return 'before started';
  if (index === 0 || index === entries.length - 1) return undefined;
  const above = entries[index - 1].date;
  const below = entries[index + 1].date;
  const yearAbove = yearOf(above);
  const yearBelow = yearOf(below);
  if (year < yearAbove && year < yearBelow && moreThanAYear(date, above) && moreThanAYear(date, below)) return 'before';
  if (year > yearAbove && year > yearBelow && moreThanAYear(above, date) && moreThanAYear(below, date)) return 'after';
  return undefined;
}

/** The warning about an entry whose date is likely a typo in its year. */
function misdatedMessage(
  entries: readonly Entry[],
  index: number,
  why: Misdated,
  started: CalendarDay | undefined,
): string {
  const date = entries[index].date;
  if (why === 'before started') {
    return (
      `Dated ${date}, more than a year before the project started (${started}): ` +
      'is the year right, here or in `started`?'
    );
  }
  const around = `${entries[index - 1].date}, ${entries[index + 1].date}`;
  return `Dated ${date}, more than a year ${why} the entries around it (${around}): is the year right?`;
}

/** Walks the entries in file order, giving each its phase and checking what each kind should carry. */
function assignPhases(
  entries: PendingEntry[],
  initial: Phase,
  started: CalendarDay | undefined,
  diagnostics: Diagnostic[],
): Entry[] {
  let current = initial;
  // The latest date above that is not a typo: a late entry is compared with it.
  let previousDate = '';
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const typo = misdated(entries, i, started);
    if (typo !== undefined) {
      diagnostics.push({ line: entry.line, severity: 'warning', message: misdatedMessage(entries, i, typo, started) });
    } else {
      if (entry.date < previousDate) {
        const message = `Dated ${entry.date}, before the entry above it (${previousDate}): fine for a late entry`;
        diagnostics.push({ line: entry.line, severity: 'info', message });
      }
      if (entry.date > previousDate) previousDate = entry.date;
    }

    const next = phaseChange(entry, current);
    if (next) current = next;
    else if (entry.kind === 'phase') {
      diagnostics.push({
        line: entry.line,
        severity: 'warning',
        message: `A Phase entry names one of ${PHASES.join(', ')}; "${entry.title}" changes nothing`,
      });
    }
    checkMetadata(entry, diagnostics);

    const override = metadataValue(entry, 'phase');
    let phase = current;
    if (override !== undefined) {
      const named = phaseNamed(override);
      if (named) phase = named;
      else {
        diagnostics.push({
          line: metadataLine(entry, 'phase'),
          severity: 'warning',
          message: `"${override}" is not a phase (${PHASES.join(', ')})`,
        });
      }
    }
    // Set in place: these entries were made by this parse and nobody holds them yet (a copy each cost a tenth
    // of a large journal's parse).
    entry.phase = phase;
  }
  return entries;
}

function metadataLine(entry: Entry, key: string): number {
  return entry.metadata.find((m) => m.key.toLowerCase() === key)?.line ?? entry.line;
}

/** A commit as `- Commit:` names it: 4 to 40 hexadecimal digits, as git abbreviates or spells it in full. */
export const COMMIT_SHA = /^[0-9a-f]{4,40}$/i;

function checkDeploy(entry: Entry, diagnostics: Diagnostic[]): void {
  const status = metadataValue(entry, 'status');
  if (status !== undefined && !(DEPLOY_STATUSES as readonly string[]).includes(status.trim().toLowerCase())) {
    warn(diagnostics, entry, 'status', `A deploy's status is one of ${DEPLOY_STATUSES.join(', ')}; "${status}" is not`);
  }
  const commit = metadataValue(entry, 'commit');
  if (commit !== undefined && commit.trim() !== '' && !COMMIT_SHA.test(commit.trim())) {
    warn(diagnostics, entry, 'commit', `Commit is a commit's hash (4 to 40 hex digits); "${commit}" is not`);
  }
}

function checkMetadata(entry: Entry, diagnostics: Diagnostic[]): void {
  if (entry.kind === 'deploy') return checkDeploy(entry, diagnostics);
  if (entry.kind !== 'decision' && entry.kind !== 'incident') return;
  // No closure or array per entry: this runs for every entry of every parse, and almost always finds nothing.
  const status = metadataValue(entry, 'status');
  if (entry.kind === 'decision') {
    if (status !== undefined && !(DECISION_STATUSES as readonly string[]).includes(status.toLowerCase())) {
      warn(
        diagnostics,
        entry,
        'status',
        `A decision's status is one of ${DECISION_STATUSES.join(', ')}; "${status}" is not`,
        'unknown-status',
      );
    }
    return;
  }
  if (status !== undefined && !(INCIDENT_STATUSES as readonly string[]).includes(status.toLowerCase())) {
    warn(
      diagnostics,
      entry,
      'status',
      `An incident's status is one of ${INCIDENT_STATUSES.join(', ')}; "${status}" is not`,
      'unknown-status',
    );
  }
  const severity = metadataValue(entry, 'severity');
  if (severity !== undefined && !/^SEV-[1-4]$/i.test(severity)) {
    warn(diagnostics, entry, 'severity', `Severity is SEV-1 (worst) to SEV-4; "${severity}" is not`);
  }
  const detected = metadataValue(entry, 'detected');
  if (detected !== undefined && !parseDayAndTime(detected)) {
    warn(diagnostics, entry, 'detected', `Detected is written YYYY-MM-DD HH:mm; "${detected}" is not`);
  }
  const resolved = metadataValue(entry, 'resolved');
  if (resolved !== undefined && !parseDayAndTime(resolved)) {
    warn(diagnostics, entry, 'resolved', `Resolved is written YYYY-MM-DD HH:mm; "${resolved}" is not`);
  }
}

function warn(diagnostics: Diagnostic[], entry: Entry, key: string, message: string, code?: DiagnosticCode): void {
  const diagnostic: Diagnostic = { line: metadataLine(entry, key), severity: 'warning', message };
  diagnostics.push(code ? { ...diagnostic, code } : diagnostic);
}
