import type { TextEdit } from '../model/types';

/**
 * Sorts edits by position and joins insertions at the same place in the order given, so an adapter can
 * apply them in any order it likes (VS Code's WorkspaceEdit, or a string splice) with one result.
 */
export function combineEdits(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = edits
    .map((edit, order) => ({ edit, order }))
    .sort((a, b) => a.edit.offset - b.edit.offset || a.order - b.order);
  const out: TextEdit[] = [];
  for (const { edit } of sorted) {
    const last = out[out.length - 1];
    if (last && last.offset === edit.offset && last.length === 0) {
      out[out.length - 1] = { offset: edit.offset, length: edit.length, text: last.text + edit.text };
    } else if (last && edit.offset < last.offset + last.length) {
      throw new RangeError(`overlapping edits at ${last.offset} and ${edit.offset}`);
    } else {
      out.push(edit);
    }
  }
  return out;
}

/** The text after the edits. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = '';
  let cursor = 0;
  for (const edit of combineEdits(edits)) {
    result += text.slice(cursor, edit.offset) + edit.text;
    cursor = edit.offset + edit.length;
  }
  return result + text.slice(cursor);
}
