// In-place edits to one entry, each the smallest change: a metadata line replaced or inserted, a
// resolution added after the entry's last line. Every byte outside the entry stays as it was.
import * as l10n from '@vscode/l10n';
import { bodyForFile, closingLine, sanitizeValue } from './escaping';
import { EntryNotFoundError, InvalidEntryError } from '../model/errors';
import { combineEdits } from './textEdits';
import { LineReader } from '../read/lineReader';
import type { CalendarDay, DecisionStatus, DeployStatus, Entry, Journal, TextEdit, WallTime } from '../model/types';
import { VERDICTS, type Verdict } from '../stats/reviews';

type EditContext = Pick<Journal, 'eol' | 'openBlockAtEnd'>;

interface LineSpan {
  start: number;
  contentEnd: number;
}

/** The heading line and the metadata lines of an entry, with their offsets in `text`. */
function headLines(text: string, entry: Entry): LineSpan[] {
  const spans: LineSpan[] = [];
  const line = new LineReader(text, entry.start);
  for (let i = 0; i <= entry.metadata.length && line.read(); i++) {
    spans.push({ start: line.start, contentEnd: line.contentEnd });
  }
  return spans;
}

function checkEntryIsAt(text: string, entry: Entry): void {
  if (entry.start > text.length || !/^ {0,3}##[ \t]/.test(text.slice(entry.start, entry.start + 8))) {
    throw new EntryNotFoundError(l10n.t('The entry "{0}" is no longer where it was: the journal changed', entry.title));
  }
}

/** Sets `- key: value` on an entry: the line with that key (any case) is replaced, or a new one added. */
export function setMetadata(text: string, context: EditContext, entry: Entry, key: string, value: string): TextEdit {
  checkEntryIsAt(text, entry);
  if (!/^[A-Za-z][A-Za-z0-9 _-]*$/.test(key)) throw new InvalidEntryError(`"${key}" cannot be a metadata key`);
  // The pattern allows trailing blanks, which the reader drops (`- Key : v` is key "Key"): trimmed here as
  // renderEntry does, or "Status " would miss the Status line and add a second one that is never read.
  const name = key.trim();
  const clean = sanitizeValue(value);
  const spans = headLines(text, entry);
  const index = entry.metadata.findIndex((item) => item.key.toLowerCase() === name.toLowerCase());
  if (index >= 0) {
    const span = spans[index + 1];
    const line = `- ${entry.metadata[index].key}:${clean ? ` ${clean}` : ''}`;
    return { offset: span.start, length: span.contentEnd - span.start, text: line };
  }
  const last = spans[spans.length - 1];
  return { offset: last.contentEnd, length: 0, text: `${context.eol}- ${name}:${clean ? ` ${clean}` : ''}` };
}

/** Adds a section at the end of the entry, after its last non-blank line. */
function appendToEntry(text: string, context: EditContext, entry: Entry, lines: readonly string[]): TextEdit {
  let end = entry.end;
  while (end > entry.start && /\s/.test(text[end - 1])) end--;
  // Past the last line's trailing blanks too, to the end of its content as the reader sees it: before its
  // `\n` or `\r\n` (or a CR at the very end). Stopping at the first CR instead put a stray one (`\r\r\n`)
  // after the inserted text, where it kept a closing fence from closing and swallowed the entries after.
  const newline = text.indexOf('\n', end);
  let lineEnd = newline < 0 || newline > entry.end ? entry.end : newline;
  if (lineEnd > end && text[lineEnd - 1] === '\r') lineEnd--;
  end = lineEnd;
  let prefix = '';
  // The last entry may end inside a code block its author never closed; close it so the section reads.
  if (entry.end === text.length && context.openBlockAtEnd) {
    prefix = context.eol + closingLine(context.openBlockAtEnd);
  }
  return { offset: end, length: 0, text: prefix + context.eol + context.eol + lines.join(context.eol) };
}

export interface Resolution {
  readonly date: CalendarDay;
  readonly time: WallTime;
  readonly rootCause?: string;
  readonly fix?: string;
  readonly lesson?: string;
  /** The postmortem's optional parts (the SRE book's template): who or what was affected, */
  readonly impact?: string;
  /** what set it off, */
  readonly trigger?: string;
  /** how it was found (a user, an alert, by chance), */
  readonly detection?: string;
  /** where luck helped, */
  readonly lucky?: string;
  /** and what to do so it does not happen again: `- [ ]` lines under `### Action items`. */
  readonly actionItems?: readonly string[];
  /** Free text after the answers, any number of lines. */
  readonly notes?: string;
}

/** The labels of a resolution's one-line answers, in the order they are written. */
export const RESOLUTION_LABELS = [
  ['rootCause', 'Root cause'],
  ['fix', 'Fix'],
  ['lesson', 'Lesson'],
  ['impact', 'Impact'],
  ['trigger', 'Trigger'],
  ['detection', 'Detection'],
  ['lucky', 'Where we got lucky'],
] as const;

/**
 * Marks an incident resolved: `Status: resolved` and `Resolved: <when>` in its metadata, its answers under
 * `### Resolution` at the end of the entry, and its action items, if any, as open tasks under
 * `### Action items` after that. Answers left empty write nothing, so a resolution with only the root cause
 * and the fix is the same bytes it always was.
 */
export function resolveIncident(text: string, context: EditContext, entry: Entry, resolution: Resolution): TextEdit[] {
  if (entry.kind !== 'incident') throw new InvalidEntryError(`"${entry.title}" is not an incident`);
  const edits = [
    setMetadata(text, context, entry, 'Status', 'resolved'),
    setMetadata(text, context, entry, 'Resolved', `${resolution.date} ${resolution.time}`),
  ];
  const section: string[] = [];
  for (const [key, label] of RESOLUTION_LABELS) {
    const clean = sanitizeValue(resolution[key] ?? '');
    if (clean) section.push(`- ${label}: ${clean}`);
  }
  // Written as a body is: notes that opened a code block and left it open would swallow later entries.
  const notes = bodyForFile(resolution.notes ?? '');
  if (notes.length > 0) section.push(...(section.length > 0 ? [''] : []), ...notes);
  const items = (resolution.actionItems ?? []).map(sanitizeValue).filter((item) => item !== '');
  const lines = section.length > 0 ? ['### Resolution', ...section] : [];
  if (items.length > 0) {
    lines.push(...(lines.length > 0 ? [''] : []), '### Action items', ...items.map((i) => `- [ ] ${i}`));
  }
  if (lines.length > 0) edits.push(appendToEntry(text, context, entry, lines));
  return combineEdits(edits);
}

/**
 * Changes a decision's status. For `superseded`, `replacedBy` names the decision that replaces it: the old
 * one gets `Superseded by:` and the new one `Supersedes:`, each pointing at the other by date and title.
 */
export function setDecisionStatus(
  text: string,
  context: EditContext,
  entry: Entry,
  status: DecisionStatus,
  replacedBy?: Entry,
): TextEdit[] {
  if (entry.kind !== 'decision') throw new InvalidEntryError(`"${entry.title}" is not a decision`);
  const edits = [setMetadata(text, context, entry, 'Status', status)];
  if (status === 'superseded' && replacedBy) {
    if (replacedBy.kind !== 'decision' || replacedBy.start === entry.start) {
      throw new InvalidEntryError('A decision is superseded by another decision');
    }
    edits.push(setMetadata(text, context, entry, 'Superseded by', `${replacedBy.date} ${replacedBy.title}`));
    edits.push(setMetadata(text, context, replacedBy, 'Supersedes', `${entry.date} ${entry.title}`));
  }
  return combineEdits(edits);
}

/** Changes a deploy's status (a deploy found broken later is `rolled-back` or `failed`): one metadata line. */
export function setDeployStatus(text: string, context: EditContext, entry: Entry, status: DeployStatus): TextEdit[] {
  if (entry.kind !== 'deploy') throw new InvalidEntryError(`"${entry.title}" is not a deploy`);
  return [setMetadata(text, context, entry, 'Status', status)];
}

export interface DecisionReviewAnswers {
  readonly date: CalendarDay;
  readonly verdict: Verdict;
  /** What the decision turned out to be: the `### Outcome` section, any number of lines. */
  readonly learned?: string;
}

/**
 * Writes a decision's review: `Reviewed: <day>` and `Verdict: <verdict>` in its metadata, and what was learnt
 * under `### Outcome` at the end of the entry. A second review replaces the two lines and adds a section.
 */
export function reviewDecision(
  text: string,
  context: EditContext,
  entry: Entry,
  review: DecisionReviewAnswers,
): TextEdit[] {
  if (entry.kind !== 'decision') throw new InvalidEntryError(`"${entry.title}" is not a decision`);
  if (!(VERDICTS as readonly string[]).includes(review.verdict)) {
    throw new InvalidEntryError(`"${review.verdict}" is not a verdict: keep, revisit or reverse`);
  }
  const edits = [
    setMetadata(text, context, entry, 'Reviewed', review.date),
    setMetadata(text, context, entry, 'Verdict', review.verdict),
  ];
  const learned = bodyForFile(review.learned ?? '');
  if (learned.length > 0) edits.push(appendToEntry(text, context, entry, ['### Outcome', ...learned]));
  return combineEdits(edits);
}
