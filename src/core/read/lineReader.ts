// The one way the core walks a text's lines, for the parser and both editors: by offsets, with no slicing,
// since the parser passes every line of a journal that can hold years of entries.
import { CR, LF } from '../model/charCode';
import { keepClassShape } from './classShapes';

/**
 * Reads a text line by line from an offset. A line ends at `\n`; a `\r` just before it, or one that ends the
 * text (a CRLF cut short), belongs to the line ending and not to the content; any other `\r` is content.
 * The fields describe the line last read; one reader is reused for every line.
 */
export class LineReader {
  /** Where the current line starts. */
  start = 0;
  /** Where the current line's content ends, before its line ending. */
  contentEnd = 0;
  /** Where the next line starts: after the line ending, or the text's length after the last line. */
  next: number;

  constructor(
    readonly text: string,
    from = 0,
  ) {
    this.next = from;
  }

  /** Moves to the next line; false at the end of the text (a final line break starts no line). */
  read(): boolean {
    const text = this.text;
    const pos = this.next;
    if (pos >= text.length) return false;
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    this.start = pos;
    this.contentEnd = end > pos && text.charCodeAt(end - 1) === CR ? end - 1 : end;
    this.next = nl < 0 ? text.length : nl + 1;
    return true;
  }

  /** The current line's content, without its line ending. */
  content(): string {
    return this.text.slice(this.start, this.contentEnd);
  }

  /** Reads on from `offset`, which must be the start of a line. */
  seek(offset: number): void {
    this.next = offset;
  }
}
keepClassShape(new LineReader(''));

/** Whether the text ends with a line break (`\n`, which also ends a `\r\n`). */
export function endsWithNewline(text: string): boolean {
  return text.length > 0 && text.charCodeAt(text.length - 1) === LF;
}
