// Where things are in the editor's terms: line and character, never offsets. VS Code counts characters from
// after a byte order mark and up to a line's `\r\n`, so positions computed here are the same for an LF, a
// CRLF and a BOM journal, however their offsets differ.
import { CR } from '../model/charCode';

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export const range = (line: number, character: number, endLine: number, endCharacter: number): Range => ({
  start: { line, character },
  end: { line: endLine, character: endCharacter },
});

/** The lines of the text a journal was parsed from, indexed on first use and then answered in constant time. */
export class JournalLines {
  private starts: number[] | undefined;

  constructor(
    private readonly text: string,
    /** Whether the text starts with a byte order mark, which is no character of the first line. */
    private readonly bom: boolean,
  ) {}

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [this.bom ? 1 : 0];
    for (let nl = this.text.indexOf('\n'); nl >= 0; nl = this.text.indexOf('\n', nl + 1)) starts.push(nl + 1);
    return (this.starts = starts);
  }

  /** Lines as the editor counts them: a final line break starts one more, empty line. */
  get count(): number {
    return this.lineStarts().length;
  }

  /** Where the line's first character is in the text. */
  offset(line: number): number {
    return this.lineStarts()[line] ?? this.text.length;
  }

  /** Where the line's content ends in the text, before its line break. */
  private contentEnd(line: number): number {
    const next = this.lineStarts()[line + 1];
    if (next === undefined) return this.text.length;
    return next - 1 > this.offset(line) && this.text.charCodeAt(next - 2) === CR ? next - 2 : next - 1;
  }

  /** The line's content, without its line break; empty past the last line. */
  lineText(line: number): string {
    return this.text.slice(this.offset(line), this.contentEnd(line));
  }

  /** The number of characters on the line. */
  length(line: number): number {
    return this.contentEnd(line) - this.offset(line);
  }

  /** True when the line's content starts with `prefix`; nothing is sliced, so any line may be asked cheaply. */
  startsWith(line: number, prefix: string): boolean {
    const at = this.offset(line);
    return at + prefix.length <= this.contentEnd(line) && this.text.startsWith(prefix, at);
  }

  /** True when the line holds only blanks (or is past the end). */
  isBlank(line: number): boolean {
    return this.lineText(line).trim() === '';
  }

  /** The last line before `end` that is not blank, and never above `first`: what a fold or a symbol spans. */
  lastContentLine(first: number, end: number): number {
    let last = end - 1;
    while (last > first && this.isBlank(last)) last--;
    return last;
  }

  /** From the start of `line` to the end of `lastLine`. */
  span(line: number, lastLine: number): Range {
    return range(line, 0, lastLine, this.length(lastLine));
  }

  /** The whole of one line. */
  wholeLine(line: number): Range {
    return this.span(line, line);
  }
}
