// Lessons: what a resolved incident taught (its `- Lesson:` line) and what a reviewed decision turned out to
// be (its `### Outcome` section), gathered in one place, newest first.
import { entryBody } from '../write/escaping';
import { metadataValue } from '../read/parseJournal';
import type { CalendarDay, Entry, Journal } from '../model/types';

export interface Lesson {
  readonly entry: Entry;
  /** The day it was learnt: the incident's resolution or the decision's review, else the entry's own day. */
  readonly on: CalendarDay;
  readonly text: string;
}

const LESSON_LINE = /^\s*[-*+]\s+lesson\s*:\s*(.*\S)\s*$/i;
const OUTCOME_HEADING = /^ {0,3}###\s+outcome\s*#*\s*$/i;
const ANY_HEADING = /^ {0,3}#{1,6}(\s|$)/;

/** The day at the start of a metadata value, else the entry's own day. */
function dayOr(entry: Entry, key: string): CalendarDay {
  const day = metadataValue(entry, key)?.trim().slice(0, 10);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : entry.date;
}

/** The text of each `### Outcome` section of a body: its lines up to the next heading, joined in one line. */
export function outcomeSections(body: string): string[] {
  const out: string[] = [];
  let current: string[] | undefined;
  for (const line of body.split('\n')) {
    if (OUTCOME_HEADING.test(line)) {
      if (current) out.push(current.join(' '));
      current = [];
    } else if (current && ANY_HEADING.test(line)) {
      out.push(current.join(' '));
      current = undefined;
    } else if (current && line.trim() !== '') {
      current.push(line.trim());
    }
  }
  if (current) out.push(current.join(' '));
  return out.filter((text) => text !== '');
}

/** The `- Lesson:` lines of a body. */
export function lessonLines(body: string): string[] {
  const out: string[] = [];
  for (const line of body.split('\n')) {
    const match = LESSON_LINE.exec(line);
    if (match) out.push(match[1]);
  }
  return out;
}

/** Every lesson in the journal, newest first (later in the file first among the same day). */
export function lessons(text: string, journal: Pick<Journal, 'entries'>): Lesson[] {
  const found: Lesson[] = [];
  for (const entry of journal.entries) {
    if (entry.kind === 'incident') {
      const on = dayOr(entry, 'resolved');
      for (const lesson of lessonLines(entryBody(text, entry))) found.push({ entry, on, text: lesson });
    } else if (entry.kind === 'decision') {
      const body = entryBody(text, entry);
      if (!OUTCOME_HEADING.test(body) && !/###\s+outcome/i.test(body)) continue;
      const on = dayOr(entry, 'reviewed');
      for (const outcome of outcomeSections(body)) found.push({ entry, on, text: outcome });
    }
  }
  return found.reverse().sort((a, b) => (a.on > b.on ? -1 : a.on < b.on ? 1 : 0));
}
