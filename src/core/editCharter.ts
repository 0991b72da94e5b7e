// Charter edits touch only the lines of the one key they change, so the user's comments, key order,
// quoting style elsewhere and unknown keys all survive. The YAML is never re-serialised.
import { isCalendarDay } from './calendar';
import { sanitizeValue } from './entryText';
import { CharterNotEditableError, InvalidEntryError } from './errors';
import type { Journal, TextEdit } from './types';
import { yamlScalar } from './yamlScalar';

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
  let pos = from;
  for (let i = 0; i < count && pos <= text.length; i++) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const contentEnd = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    out.push({ start: pos, contentEnd, next: nl < 0 ? text.length : nl + 1, text: text.slice(pos, contentEnd) });
    pos = nl < 0 ? text.length + 1 : nl + 1;
  }
  return out;
}

/** The trailing `# comment` of a `key: value` line, kept when the value changes. */
function trailingComment(inline: string): string {
  const trimmed = inline.trimStart();
  let from = 0;
  if (trimmed.startsWith('"') || trimmed.startsWith("'")) {
    const quote = trimmed[0];
    let i = 1;
    for (; i < trimmed.length; i++) {
      if (quote === '"' && trimmed[i] === '\\') i++;
      else if (trimmed[i] === quote) {
        if (quote === "'" && trimmed[i + 1] === "'") i++;
        else break;
      }
    }
    from = inline.length - trimmed.length + i + 1;
  }
  const m = /[ \t]+#.*$/.exec(inline.slice(from));
  return m ? m[0] : '';
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

/**
 * Sets (or, with `undefined`, removes) one charter field. Returns the one edit that does it. Refuses, with a
 * CharterNotEditableError, when the front matter is malformed: the user's text is never guessed at.
 */
export function setCharterField(text: string, journal: Pick<Journal, 'eol' | 'frontMatter' | 'bom'>, field: CharterField, value: string | readonly string[] | undefined): TextEdit {
  const key = CHARTER_KEYS[field];
  const eol = journal.eol;
  if (typeof value === 'string' && DAY_FIELDS.has(field) && !isCalendarDay(value)) {
    throw new InvalidEntryError(`"${value}" is not a day written YYYY-MM-DD`);
  }
  const valueLines = (itemPrefix: string): string[] => {
    if (value === undefined) return [];
    if (typeof value === 'string') return [yamlScalar(sanitizeValue(value))];
    const items = value.map(sanitizeValue).filter((item) => item !== '');
    return items.length === 0 ? ['[]'] : ['', ...items.map((item) => `${itemPrefix}${yamlScalar(item)}`)];
  };

  const fm = journal.frontMatter;
  if (fm.state === 'malformed') throw new CharterNotEditableError(fm.reason);
  if (fm.state === 'missing') {
    if (value === undefined) return { offset: 0, length: 0, text: '' };
    const [first, ...rest] = valueLines('  - ');
    const block = ['---', `${key}:${first ? ` ${first}` : ''}`, ...rest, '---', ''];
    const offset = journal.bom ? 1 : 0;
    return { offset, length: 0, text: block.join(eol) + (text.length > offset ? eol : '') };
  }

  const lines = linesBetween(text, journal.bom ? 1 : 0, fm.endLine + 1);
  const closing = lines[fm.endLine];
  const keyPattern = new RegExp(`^${key}[ \\t]*:(.*)$`);
  let keyIndex = -1;
  for (let i = 1; i < fm.endLine; i++) {
    if (keyPattern.test(lines[i].text)) keyIndex = i;
  }
  if (keyIndex < 0) {
    if (value === undefined) return { offset: closing.start, length: 0, text: '' };
    const [first, ...rest] = valueLines('  - ');
    return { offset: closing.start, length: 0, text: [`${key}:${first ? ` ${first}` : ''}`, ...rest].join(eol) + eol };
  }

  // The value's block: the lines after the key that are indented or list items (comments and blank lines
  // between them included), up to the last such line. In a block scalar (`|`, `>`) an indented line that
  // starts with `#` is text, not a comment: it belongs to the value too, or it would be left behind.
  const inline = keyPattern.exec(lines[keyIndex].text)?.[1] ?? '';
  const blockScalar = /^[ \t]+[|>][0-9+-]*[ \t]*(#.*)?$/.test(inline);
  let last = keyIndex;
  for (let i = keyIndex + 1; i < fm.endLine; i++) {
    const t = lines[i].text;
    if (/^([ \t]+\S|-([ \t]|$))/.test(t) && (blockScalar || !/^[ \t]*#/.test(t))) last = i;
    else if (!/^[ \t]*(#.*)?$/.test(t)) break;
  }
  const comment = trailingComment(inline);
  // New list items copy the indentation of the ones they replace.
  const existingItem = last > keyIndex ? /^([ \t]*-[ \t]+)/.exec(lines[keyIndex + 1].text)?.[1] : undefined;
  const from = lines[keyIndex].start;
  const to = lines[last].contentEnd;
  if (value === undefined) {
    // Removing a key removes its lines, line endings included. Below a block scalar (`|`, `>`), the blank and
    // indented lines that follow (comments to YAML) would become that scalar's text once the key between them
    // is gone: they go too, up to the next line at the margin, so the value above reads as it did.
    let end = last;
    if (blockScalarAbove(lines, keyIndex)) while (end + 1 < fm.endLine && /^([ \t]|$)/.test(lines[end + 1].text)) end++;
    return { offset: from, length: lines[end].next - from, text: '' };
  }
  const [first, ...rest] = valueLines(existingItem ?? '  - ');
  const replacement = [`${key}:${first ? ` ${first}` : ''}${comment}`, ...rest].join(eol);
  return { offset: from, length: to - from, text: replacement };
}
