// Charter edits touch only the lines of the one key they change, so the user's comments, key order,
// quoting style elsewhere and unknown keys all survive. The YAML is never re-serialised: the key and its value
// are found line by line, and every edit is then checked by reading the front matter it leaves.
import * as l10n from '@vscode/l10n';
import { isCalendarDay } from '../model/calendar';
import { sanitizeValue } from './escaping';
import { CharterNotEditableError, InvalidEntryError } from '../model/errors';
import { parseJournal } from '../read/parseJournal';
import { LineReader } from '../read/lineReader';
import type { Charter, Journal, TextEdit } from '../model/types';
import { yamlScalar } from './yamlScalar';
import { toggledItem } from '../stats/doneItems';

export const CHARTER_KEYS = {
  project: 'project',
  started: 'started',
  launchTarget: 'launch_target',
  launched: 'launched',
  learningGoal: 'learning_goal',
  definitionOfDone: 'definition_of_done',
  pausedUntil: 'paused_until',
  nextStep: 'next_step',
} as const;
export type CharterField = keyof typeof CHARTER_KEYS;

const DAY_FIELDS: ReadonlySet<CharterField> = new Set(['started', 'launchTarget', 'launched', 'pausedUntil']);

interface Line {
  start: number;
  contentEnd: number;
  next: number;
  text: string;
}

function linesBetween(text: string, from: number, count: number): Line[] {
  const out: Line[] = [];
  const line = new LineReader(text, from);
  for (let i = 0; i < count && line.read(); i++) {
    out.push({ start: line.start, contentEnd: line.contentEnd, next: line.next, text: line.content() });
  }
  return out;
}

/** What the key search needs to know of a front-matter line. */
interface LineShape {
  /** The line starts inside a quoted value or a `[`/`{` collection opened on a line above: it is no key's line. */
  readonly inside: boolean;
  /** Where the line's trailing `# comment` starts, blanks before it included; the line's length when it has none. */
  readonly commentAt: number;
}

const isBlankChar = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * Reads the front matter's lines (1 to `end`, before the closing `---`) as far as the key search needs: which
 * lines a quoted value or a flow collection opened above runs on into (a key's name there is text, and at the
 * margin it looks like a key), and where each line's comment starts. Quotes open a value only where a value
 * can start (after `key:`, `- `, `[`, `{` or `,`); a block scalar's text (after `|` or `>`) is skipped.
 */
function lineShapes(lines: readonly Line[], end: number): LineShape[] {
  const shapes: LineShape[] = [];
  let quote: string | undefined;
  let flowDepth = 0;
  let valueStart = true;
  let blockIndent = -1; // the indentation of a block scalar's header while its text runs on
  for (let n = 1; n < end; n++) {
    const t = lines[n].text;
    const inside = quote !== undefined || flowDepth > 0;
    const indent = /^[ \t]*/.exec(t)?.[0].length ?? 0;
    if (blockIndent >= 0 && (indent === t.length || indent > blockIndent)) {
      shapes[n] = { inside: false, commentAt: t.length };
      continue;
    }
    blockIndent = -1;
    if (!inside) valueStart = true;
    let commentAt = t.length;
    for (let i = 0; i < t.length; i++) {
      const c = t[i];
      const next = t[i + 1];
      const beforeBlank = next === undefined || isBlankChar(next);
      if (quote !== undefined) {
        if (quote === '"' && c === '\\') i++;
        else if (c === quote && quote === "'" && next === "'") i++;
        else if (c === quote) {
          quote = undefined;
          valueStart = false;
        }
      } else if (isBlankChar(c)) {
        // blanks separate, and change nothing
      } else if (c === '#' && (i === 0 || isBlankChar(t[i - 1]))) {
        commentAt = i;
        while (commentAt > 0 && isBlankChar(t[commentAt - 1])) commentAt--;
        break;
      } else if (valueStart && (c === '"' || c === "'")) {
        quote = c;
      } else if (valueStart && flowDepth === 0 && (c === '|' || c === '>')) {
        blockIndent = indent;
        valueStart = false;
      } else if (valueStart && (c === '[' || c === '{')) {
        flowDepth++;
      } else if (flowDepth > 0 && (c === ']' || c === '}')) {
        flowDepth--;
        valueStart = false;
      } else if (flowDepth > 0 && c === ',') {
        valueStart = true;
      } else if (c === ':' && beforeBlank) {
        valueStart = true;
      } else if (valueStart && flowDepth === 0 && (c === '-' || c === '?') && beforeBlank) {
        // `- ` (a list item) or `? ` (an explicit key): a value starts after it
      } else if (valueStart && (c === '&' || c === '!')) {
        while (i + 1 < t.length && !isBlankChar(t[i + 1])) i++; // an anchor or a tag comes before the value
      } else {
        valueStart = false;
      }
    }
    shapes[n] = { inside, commentAt };
  }
  return shapes;
}

/** True when a block scalar may still be open at line `index`: it starts above, after the last line at the margin. */
function blockScalarAbove(lines: readonly Line[], index: number): boolean {
  for (let i = index - 1; i >= 1; i--) {
    const t = lines[i].text;
    if (!/^[ \t]*#/.test(t) && /(^[ \t]*-|:)[ \t]+[|>][0-9+-]*[ \t]*(#.*)?$/.test(t)) return true;
    if (!/^([ \t]|$)/.test(t)) return false;
  }
  return false;
}

/** A field's new value: a day or a line of text, a list's items, or `undefined` to remove the key. */
type FieldValue = string | readonly string[] | undefined;

/**
 * Sets (or, with `undefined`, removes) one charter field. Returns the one edit that does it. Refuses, with a
 * CharterNotEditableError, when the front matter is malformed, and when the edit would change anything but
 * that field (a key written in a way the line-by-line search does not know): the user's text is never guessed
 * at.
 */
export function setCharterField(
  text: string,
  journal: Pick<Journal, 'eol' | 'frontMatter' | 'bom'>,
  field: CharterField,
  value: FieldValue,
): TextEdit {
  if (typeof value === 'string' && DAY_FIELDS.has(field) && !isCalendarDay(value)) {
    throw new InvalidEntryError(`"${value}" is not a day written YYYY-MM-DD`);
  }
  const fm = journal.frontMatter;
  if (fm.state === 'malformed') throw new CharterNotEditableError(fm.reason);
  const key = CHARTER_KEYS[field];
  // The value as it will read back: one line each, and no empty items.
  const wanted =
    typeof value === 'string' ? sanitizeValue(value) : value?.map(sanitizeValue).filter((item) => item !== '');
  const lines = fm.state === 'ok' ? linesBetween(text, journal.bom ? 1 : 0, fm.endLine + 1) : [];
  const edit =
    fm.state === 'ok'
      ? editInPlace(lines, fm.endLine, journal.eol, key, wanted)
      : newFrontMatter(text, journal, key, wanted);

  const end = fm.state === 'ok' ? lines[fm.endLine].next : journal.bom ? 1 : 0;
  const state = wanted === undefined && fm.state === 'missing' ? 'missing' : 'ok';
  checkOnlyFieldChanged(text, end, edit, state, key, (before) => ({
    ...before,
    [field]: field === 'definitionOfDone' ? (wanted ?? []) : wanted,
  }));
  return edit;
}

/**
 * Reads the front matter before and after the edit (the text up to `end`, its closing line: what follows
 * cannot change how it reads) and compares: the charter must read as `expected` makes of the one before, every
 * other field and unknown key as it was. Otherwise the edit is refused.
 */
function checkOnlyFieldChanged(
  text: string,
  end: number,
  edit: TextEdit,
  state: 'ok' | 'missing',
  key: string,
  expected: (before: Charter) => Charter,
): void {
  const before = parseJournal(text.slice(0, end)).charter;
  const after = parseJournal(text.slice(0, edit.offset) + edit.text + text.slice(edit.offset + edit.length, end));
  if (after.frontMatter.state !== state || !sameCharter(after.charter, expected(before))) {
    throw new CharterNotEditableError(
      l10n.t('`{0}` is written so that changing its lines would change more than it: change it by hand', key),
    );
  }
}

/** A list item that YAML reads as nothing (`-`, `- ~`, `- null`): the charter leaves it out of the list. */
const NULL_ITEM = /^(~|null|Null|NULL)?$/;

/**
 * Marks one item of the definition of done as done (`[x] ` before its text) or not done (the marker removed),
 * editing only that item's value on its line: its dash, indentation and comment stay, a single-quoted item
 * stays single-quoted, and a plain or double-quoted one is written as yamlScalar writes any value (quoted
 * while it starts with `[`). `index` counts the items as the charter lists them. Refused, as every charter
 * edit is, when the list is not one item per line or the edit would change anything else.
 */
export function toggleDoneItem(text: string, journal: Pick<Journal, 'frontMatter' | 'bom'>, index: number): TextEdit {
  const fm = journal.frontMatter;
  if (fm.state === 'malformed') throw new CharterNotEditableError(fm.reason);
  const key = CHARTER_KEYS.definitionOfDone;
  const byHand = new CharterNotEditableError(
    l10n.t('`{0}` is not a list of one item per line: change it by hand', key),
  );
  if (fm.state !== 'ok') throw byHand;
  const lines = linesBetween(text, journal.bom ? 1 : 0, fm.endLine + 1);
  const shapes = lineShapes(lines, fm.endLine);
  const keyPattern = new RegExp(`^${key}[ \\t]*:[ \\t]*(#.*)?$`);
  let keyIndex = -1;
  for (let i = 1; i < fm.endLine; i++) if (!shapes[i].inside && keyPattern.test(lines[i].text)) keyIndex = i;
  const end = lines[fm.endLine].next;
  const items = parseJournal(text.slice(0, end)).charter.definitionOfDone;
  if (keyIndex < 0 || index < 0 || index >= items.length) throw byHand;
  let seen = -1;
  for (let i = keyIndex + 1; i < fm.endLine; i++) {
    const t = lines[i].text;
    const item = /^([ \t]*-[ \t]+|[ \t]*-$)/.exec(t);
    if (shapes[i].inside || !item) {
      if (/^([ \t]*(#.*)?|[ \t]+\S.*)$/.test(t)) continue; // a comment, a blank, or a value's next line
      break;
    }
    const value = t.slice(item[0].length, Math.max(item[0].length, shapes[i].commentAt));
    if (NULL_ITEM.test(value) || ++seen < index) continue;
    if (shapes[i + 1]?.inside) throw byHand; // a quoted item running on over several lines
    const toggled = toggledItem(items[index]);
    const scalar = value.startsWith("'") ? `'${toggled.replace(/'/g, "''")}'` : yamlScalar(toggled);
    const edit = { offset: lines[i].start + item[0].length, length: value.length, text: scalar };
    checkOnlyFieldChanged(text, end, edit, 'ok', key, (before) => ({
      ...before,
      definitionOfDone: before.definitionOfDone.map((d, n) => (n === index ? toggled : d)),
    }));
    return edit;
  }
  throw byHand;
}

/** The value's lines: a scalar after `key: `, or a list's items on their own lines (`itemPrefix` before each). */
function valueLines(value: FieldValue, itemPrefix: string): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [yamlScalar(value)];
  return value.length === 0 ? ['[]'] : ['', ...value.map((item) => `${itemPrefix}${yamlScalar(item)}`)];
}

/** `key: value` and the lines of a list's items, without a line ending after the last. */
function keyLines(key: string, value: FieldValue, itemPrefix: string, comment = ''): string[] {
  const [first, ...rest] = valueLines(value, itemPrefix);
  return [`${key}:${first ? ` ${first}` : ''}${comment}`, ...rest];
}

/** A journal without front matter gets one, at its start (after a BOM), holding just this key. */
function newFrontMatter(text: string, journal: Pick<Journal, 'eol' | 'bom'>, key: string, value: FieldValue): TextEdit {
  if (value === undefined) return { offset: 0, length: 0, text: '' };
  const offset = journal.bom ? 1 : 0;
  const block = ['---', ...keyLines(key, value, '  - '), '---', ''];
  return { offset, length: 0, text: block.join(journal.eol) + (text.length > offset ? journal.eol : '') };
}

/** The edit of the key's lines in a readable front matter (`lines` 0 to `endLine`, the two `---` lines). */
function editInPlace(lines: readonly Line[], endLine: number, eol: string, key: string, value: FieldValue): TextEdit {
  const closing = lines[endLine];
  const shapes = lineShapes(lines, endLine);
  const keyPattern = new RegExp(`^${key}[ \\t]*:(.*)$`);
  let keyIndex = -1;
  for (let i = 1; i < endLine; i++) {
    if (!shapes[i].inside && keyPattern.test(lines[i].text)) keyIndex = i;
  }
  if (keyIndex < 0) {
    if (value === undefined) return { offset: closing.start, length: 0, text: '' };
    return { offset: closing.start, length: 0, text: keyLines(key, value, '  - ').join(eol) + eol };
  }

  // The value's block: the lines after the key that a quoted value or a collection runs on into, or that are
  // indented or list items (comments and blank lines between them included), up to the last such line. In a
  // block scalar (`|`, `>`) an indented line that starts with `#` is text, not a comment: it belongs to the
  // value too, or it would be left behind.
  const inline = keyPattern.exec(lines[keyIndex].text)?.[1] ?? '';
  const blockScalar = /^[ \t]+[|>][0-9+-]*[ \t]*(#.*)?$/.test(inline);
  let last = keyIndex;
  for (let i = keyIndex + 1; i < endLine; i++) {
    const t = lines[i].text;
    if (shapes[i].inside || (/^([ \t]+\S|-([ \t]|$))/.test(t) && (blockScalar || !/^[ \t]*#/.test(t)))) last = i;
    else if (!/^[ \t]*(#.*)?$/.test(t)) break;
  }
  // The comment after the value stays: on the key's line, or on the line where a quoted value or a collection
  // that the key's line opens ends.
  let commentLine = keyIndex;
  while (commentLine < last && shapes[commentLine + 1].inside) commentLine++;
  const comment = lines[commentLine].text.slice(shapes[commentLine].commentAt);
  // New list items copy the indentation of the ones they replace.
  const existingItem = last > keyIndex ? /^([ \t]*-[ \t]+)/.exec(lines[keyIndex + 1].text)?.[1] : undefined;
  const from = lines[keyIndex].start;
  const to = lines[last].contentEnd;
  if (value === undefined) {
    // Removing a key removes its lines, line endings included. Below a block scalar (`|`, `>`), the blank and
    // indented lines that follow (comments to YAML) would become that scalar's text once the key between them
    // is gone: they go too, up to the next line at the margin, so the value above reads as it did.
    let end = last;
    if (blockScalarAbove(lines, keyIndex)) while (end + 1 < endLine && /^([ \t]|$)/.test(lines[end + 1].text)) end++;
    return { offset: from, length: lines[end].next - from, text: '' };
  }
  return { offset: from, length: to - from, text: keyLines(key, value, existingItem ?? '  - ', comment).join(eol) };
}

const CHARTER_FIELDS = [...Object.keys(CHARTER_KEYS), 'extra'] as readonly (keyof Charter)[];

/** Field by field, unknown keys included: the values YAML gave, compared in depth (the reader bounds their size). */
function sameCharter(a: Charter, b: Charter): boolean {
  return CHARTER_FIELDS.every((field) => sameValue(a[field], b[field]));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => Object.hasOwn(y, k) && sameValue(x[k], y[k]));
}
