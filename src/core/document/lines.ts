// Where things are in the editor's terms: line and character, never offsets. VS Code counts characters from
// after a byte order mark and up to a line's `\r\n`, so positions computed here are the same for an LF, a
// CRLF and a BOM journal, however their offsets differ.
//
// No index of every line is built: a journal of 10,000 entries has hundreds of thousands of lines, and the
// outline needs only each entry's first and last. A line is found from the entry it belongs to, whose heading
// offset the parse already knows, so each answer costs a walk through one entry at most.
import { CR, LF, SPACE, TAB } from '../model/charCode';
import type { Journal } from '../model/types';
import { entryAt } from './entries';

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

const isBlankChar = (c: number) => c === SPACE || c === TAB || c === CR || c === LF;

/** The lines of the text a journal was parsed from. */
export class JournalLines {
  constructor(
    readonly text: string,
    private readonly journal: Journal,
  ) {}

  /** Lines as the editor counts them: a final line break starts one more, empty line. */
  get count(): number {
    return this.journal.lineCount + (this.journal.finalNewline || this.text.length === 0 ? 1 : 0);
  }

  /** Where the line's first character is in the text (after a byte order mark on the first line). */
  offset(line: number): number {
    const entries = this.journal.entries;
    const last = entries[entries.length - 1];
    const entry = entryAt(this.journal, line) ?? (last && line >= last.line ? last : undefined);
    let at = entry ? entry.start : this.journal.bom ? 1 : 0;
    for (let l = entry ? entry.line : 0; l < line; l++) {
      const nl = this.text.indexOf('\n', at);
      if (nl < 0) return this.text.length;
      at = nl + 1;
    }
    return at;
  }

  /** Where the content of the line starting at `offset` ends, before its line break. */
  contentEnd(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    if (nl < 0) return this.text.length;
    return nl > offset && this.text.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
  }

  /** The line's content, without its line break; empty past the last line. */
  lineText(line: number): string {
    const at = this.offset(line);
    return this.text.slice(at, this.contentEnd(at));
  }

  /** The line starting at `offset`, from its start to its end. */
  wholeLine(line: number, offset = this.offset(line)): Range {
    return range(line, 0, line, this.contentEnd(offset) - offset);
  }

  /** True when nothing but blanks follows the line starting at `offset`'s content. */
  onlyBlanksAfter(offset: number): boolean {
    for (let i = this.contentEnd(offset); i < this.text.length; i++) {
      if (!isBlankChar(this.text.charCodeAt(i))) return false;
    }
    return true;
  }

  /**
   * The span from the line `line` (starting at `offset`) to the end of the last character that is not blank
   * before `endOffset`, the start of line `endLine`: what a fold or a symbol covers, without trailing blank lines.
   */
  spanBefore(line: number, offset: number, endLine: number, endOffset: number): Range {
    return { start: { line, character: 0 }, end: this.endBefore(line, offset, endLine, endOffset) };
  }

  /** Where spanBefore ends. `hint`: the entry's `lastLineStart`, which spares the walk back to that line's start. */
  endBefore(line: number, offset: number, endLine: number, endOffset: number, hint?: number): Position {
    const text = this.text;
    const { last, lastLine } = this.lastText(line, offset, endLine, endOffset);
    // The parser's last line with text (`hint`) holds `last` whenever it starts at or before it: that line has
    // text, and no later one does. Otherwise (a line of blanks after four spaces, say) back to the line's start
    // code by code: lastIndexOf is a call into the runtime, which cost more than the few characters of one line.
    let lineStart = offset;
    if (lastLine !== line && hint !== undefined && hint > offset && hint <= last) lineStart = hint;
    else if (lastLine !== line) {
      let at = last;
      while (at >= 0 && text.charCodeAt(at) !== LF) at--;
      lineStart = at + 1;
    }
    return { line: lastLine, character: last + 1 - lineStart };
  }

  /** The line endBefore ends on, without finding where on it. */
  lastLineBefore(line: number, offset: number, endLine: number, endOffset: number): number {
    return this.lastText(line, offset, endLine, endOffset).lastLine;
  }

  /** The last character that is not blank before `endOffset` (not before `offset`), and its line. */
  private lastText(line: number, offset: number, endLine: number, endOffset: number) {
    const text = this.text;
    let last = endOffset - 1;
    let breaks = 0; // line breaks passed on the way back
    while (last > offset && isBlankChar(text.charCodeAt(last))) {
      if (text.charCodeAt(last) === LF) breaks++;
      last--;
    }
    // The text's last line may end without a line break; any other ends with the one just before endOffset.
    const endsWithBreak = endOffset > 0 && text.charCodeAt(endOffset - 1) === LF;
    return { last, lastLine: Math.max(line, endLine - breaks - (endsWithBreak ? 0 : 1)) };
  }
}
