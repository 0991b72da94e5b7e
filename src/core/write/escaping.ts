// How an entry's words are made safe for the file and read back unchanged. Kept in one place because the
// writer's escaping and the reader's unescaping must be exact inverses.
import { parseJournal } from '../read/parseJournal';
import type { Entry, OpenBlock } from '../model/types';

/** Line breaks and other control characters, which would end a heading or hide text. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/g;
const TRAILING_HASHES = /(^|[ \t])(#+)$/;
const ESCAPED_TRAILING_HASHES = /(^|[ \t])\\(#+)$/;

/**
 * A title as it will stand in a heading: one line, trimmed, and with trailing `#`s escaped so CommonMark
 * does not read them as the heading's closing sequence. Nothing the user typed is dropped.
 */
export function sanitizeTitle(title: string): string {
  return title.replace(CONTROL_CHARACTERS, ' ').trim().replace(TRAILING_HASHES, '$1\\$2');
}

/**
 * A title as people read it, the way markdown renders it: without the backslash sanitizeTitle put before its
 * trailing `#`s.
 */
export function unescapeTitle(title: string): string {
  // Only a title ending in `#` can hold one: the outline unescapes every entry's title.
  return title.endsWith('#') ? title.replace(ESCAPED_TRAILING_HASHES, '$1$2') : title;
}

/** A metadata value: one line, trimmed. */
export function sanitizeValue(value: string): string {
  return value.replace(CONTROL_CHARACTERS, ' ').trim();
}

/**
 * A body line that would read as an entry heading gets one more backslash before its `##`, and reading
 * removes one; a line that already had backslashes keeps them, so any text round-trips.
 */
const ENTRY_LIKE = /^( {0,3})(\\*##[ \t]+\d{4}-\d{1,2}-\d{1,2})/;
const ESCAPED_ENTRY_LIKE = /^( {0,3})\\(\\*##[ \t]+\d{4}-\d{1,2}-\d{1,2})/;

export function escapeBodyLine(line: string): string {
  return line.replace(ENTRY_LIKE, '$1\\$2');
}

export function unescapeBodyLine(line: string): string {
  return line.replace(ESCAPED_ENTRY_LIKE, '$1$2');
}

const BLANK = /^[ \t]*$/;

/** A body as the writer stores it: `\n` line breaks, no blank lines before or after. */
export function bodyLines(body: string): string[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  let first = 0;
  let last = lines.length - 1;
  while (first <= last && BLANK.test(lines[first])) first++;
  while (last >= first && BLANK.test(lines[last])) last--;
  return lines.slice(first, last + 1);
}

/** The line that closes a block a text left open: its fence marker, or `-->` for a comment. */
export function closingLine(open: OpenBlock): string {
  return open.kind === 'fence' ? open.marker : '-->';
}

/**
 * A body's lines as they go into the file: normalised, entry-like headings escaped, and a code block or
 * comment it opened closed at its end, so it can never swallow the entries after it.
 */
export function bodyForFile(body: string): string[] {
  const lines = bodyLines(body).map(escapeBodyLine);
  const open = lines.length > 0 ? parseJournal(`\n${lines.join('\n')}`).openBlockAtEnd : undefined;
  return open ? [...lines, closingLine(open)] : lines;
}

/** The entry's body (after its heading and metadata) as the user wrote it, with `\n` line breaks. */
export function entryBody(text: string, entry: Pick<Entry, 'bodyStart' | 'end'>): string {
  return bodyLines(text.slice(entry.bodyStart, entry.end)).map(unescapeBodyLine).join('\n');
}
