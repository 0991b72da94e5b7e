// New text for the journal: entries to append and the file a new journal starts as. Every function returns
// text and never sees the disk; the store decides how the bytes get there.
import { addDays, isCalendarDay, isWallTime } from '../model/calendar';
import { CR, isBlank, LF } from '../model/charCode';
import { bodyForFile, closingLine, sanitizeTitle, sanitizeValue } from './escaping';
import { InvalidEntryError } from '../model/errors';
import { parseJournal } from '../read/parseJournal';
import type { CalendarDay, Entry, EntryDraft, Journal, WallTime } from '../model/types';
import { yamlScalar } from './yamlScalar';

const KIND_WORD = {
  phase: 'Phase',
  decision: 'Decision',
  incident: 'Incident',
  note: 'Note',
  launch: 'Launch',
  deploy: 'Deploy',
} as const;
const METADATA_KEY = /^[A-Za-z][A-Za-z0-9 _-]*$/;

/** The entry as the lines it will occupy: heading, metadata, a blank line and the body. */
export function renderEntry(draft: EntryDraft): string[] {
  if (!isCalendarDay(draft.date)) throw new InvalidEntryError(`"${draft.date}" is not a day written YYYY-MM-DD`);
  if (draft.time !== undefined && !isWallTime(draft.time)) {
    throw new InvalidEntryError(`"${draft.time}" is not a time written HH:mm`);
  }
  const title = sanitizeTitle(draft.title);
  const lines = [
    `## ${draft.date}${draft.time ? ` ${draft.time}` : ''} ${KIND_WORD[draft.kind]}:${title ? ` ${title}` : ''}`,
  ];
  for (const [rawKey, value] of draft.metadata ?? []) {
    const key = rawKey.trim();
    if (!METADATA_KEY.test(key)) {
      throw new InvalidEntryError(`"${rawKey}" cannot be a metadata key: use letters, digits, spaces, - and _`);
    }
    const clean = sanitizeValue(value);
    lines.push(`- ${key}:${clean ? ` ${clean}` : ''}`);
  }
  const body = bodyForFile(draft.body ?? '');
  if (body.length > 0) lines.push('', ...body);
  return lines;
}

/** The facts of the journal an append depends on; the store passes the ones it already parsed. */
export type AppendContext = Pick<Journal, 'eol' | 'openBlockAtEnd'>;

/**
 * The text to add at the end of `text` so that `draft` becomes its last entry. The existing text is never
 * changed: its missing final newline is supplied, a code block or comment left open is closed, one blank
 * line separates the new entry, and the file keeps its line ending and its final-newline habit.
 * Cost does not grow with the journal when `context` is given: only the text's tail is looked at.
 */
export function appendEntry(text: string, draft: EntryDraft, context: AppendContext = parseJournal(text)): string {
  const { eol, openBlockAtEnd } = context;
  const lines = renderEntry(draft);
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (content.length === 0) return lines.join(eol) + eol;

  const finalNewline = content.endsWith('\n');
  // A last line ending in a lone CR (a CRLF cut short) gets the LF it lacks: a whole eol after it would make
  // `\r\r\n`, and the reader would keep that CR in the line, so a heading or metadata line there was lost.
  let prefix = finalNewline ? '' : content.endsWith('\r') ? '\n' : eol;
  if (openBlockAtEnd) prefix += closingLine(openBlockAtEnd) + eol + eol;
  else if (!endsWithBlankLine(content)) prefix += eol;
  return prefix + lines.join(eol) + (finalNewline ? eol : '');
}

/** True when the last line (or, with a final newline, the line before it) is blank: a separator is there. */
function endsWithBlankLine(text: string): boolean {
  let i = text.length - 1;
  let newlines = 0;
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === LF) {
      if (++newlines === 2) return true;
    } else if (c !== CR && !isBlank(c)) {
      break;
    }
  }
  // Only whitespace and a missing final newline: the last line itself is blank once the newline is added.
  return i < 0 || (newlines === 1 && !text.endsWith('\n'));
}

export interface NewCharter {
  readonly project: string;
  readonly learningGoal?: string;
  readonly definitionOfDone?: readonly string[];
  /** Defaults to the start day plus `launchTargetDays`. */
  readonly launchTarget?: CalendarDay;
  readonly launchTargetDays?: number;
}

/** The text of a new journal: its charter and a first `Phase: design` entry dated `now`. */
export function createJournal(
  charter: NewCharter,
  now: { date: CalendarDay; time: WallTime },
  eol: '\n' | '\r\n' = '\n',
): string {
  if (!isCalendarDay(now.date)) throw new InvalidEntryError(`"${now.date}" is not a day written YYYY-MM-DD`);
  const target = charter.launchTarget ?? addDays(now.date, charter.launchTargetDays ?? 30);
  if (!isCalendarDay(target)) throw new InvalidEntryError(`"${target}" is not a day written YYYY-MM-DD`);
  const project = sanitizeValue(charter.project);
  const lines = ['---', `project: ${yamlScalar(project)}`, `started: ${now.date}`, `launch_target: ${target}`];
  const goal = sanitizeValue(charter.learningGoal ?? '');
  if (goal) lines.push(`learning_goal: ${yamlScalar(goal)}`);
  const done = (charter.definitionOfDone ?? []).map(sanitizeValue).filter((item) => item !== '');
  if (done.length > 0) lines.push('definition_of_done:', ...done.map((item) => `  - ${yamlScalar(item)}`));
  lines.push('---', '', `# ${sanitizeTitle(project) || 'Side project'}`, '');
  lines.push(...renderEntry({ kind: 'phase', date: now.date, time: now.time, title: 'design' }));
  return lines.join(eol) + eol;
}

/**
 * The entry `draft` became, found in the journal read back after appending it: the last entry whose heading
 * is the one written (other writers' entries may follow it). Undefined when it does not read as an entry.
 */
export function findAppended(text: string, journal: Pick<Journal, 'entries'>, draft: EntryDraft): Entry | undefined {
  const heading = renderEntry(draft)[0];
  const at = (start: number) => (start === 0 && text.charCodeAt(0) === 0xfeff ? 1 : start); // a BOM opens line 1
  for (let i = journal.entries.length - 1; i >= 0; i--) {
    if (text.startsWith(heading, at(journal.entries[i].start))) return journal.entries[i];
  }
  return undefined;
}
