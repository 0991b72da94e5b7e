// The two kinds of line an entry begins with, its heading and its `- Key: value` items, read code unit by
// code unit. They were regular expressions once; on a journal of 10,000 entries those matches, the strings
// cut between them and the garbage they left were a fifth of the parse. The expressions live on in the unit
// tests as the definition these readers must agree with, line for line (entryLines.test.ts).
import {
  COLON,
  CR,
  DASH,
  DIGIT_ZERO,
  HASH,
  isAsciiDigit,
  isAsciiLetter,
  isBlank,
  SPACE,
  UNDERSCORE,
} from '../model/charCode';
import type { MetadataItem } from '../model/types';

const DAY_SHAPE = '0000-00-00';
const TIME_SHAPE = '00:00';

const isKeyChar = (c: number) => isAsciiLetter(c) || isAsciiDigit(c) || c === SPACE || c === UNDERSCORE || c === DASH;
/** A heading or an item holding one of these (a lone CR, U+2028, U+2029) was never read as one. */
const isLineTerminator = (c: number) => c === CR || c === 0x2028 || c === 0x2029;

/**
 * The short ASCII words the parser cuts again and again: days, times, metadata keys and most values (`open`,
 * `SEV-2`, `accepted`). Each is made once and shared, from a direct-mapped cache, instead of once per line.
 * Shared strings compare by identity and keep their hash for Map lookups; and they are one-byte strings,
 * where a slice of a text holding any character past Latin-1 is a two-byte one, which every comparison and
 * case change downstream (the stats compare each entry's day several times) took about four times as long
 * on. Only the strings are cached, never a result: a word whose slot holds another is simply made again.
 */
const SHARED_MAX_LENGTH = 12;
const SHARED_SLOTS = 16384; // a power of two
const shared: (string | undefined)[] = new Array<string | undefined>(SHARED_SLOTS).fill(undefined);
/** One array of code units per length, so a word is made without resizing one. */
const codesOfLength = Array.from({ length: SHARED_MAX_LENGTH + 1 }, (_, n) => new Array<number>(n).fill(0));

/** `text.slice(from, to)`, the shared string when it is a short ASCII word. */
function sharedSlice(text: string, from: number, to: number): string {
  const length = to - from;
  if (length > SHARED_MAX_LENGTH || length <= 0) return text.slice(from, to);
  let hash = length;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c > 0x7f) return text.slice(from, to);
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  const slot = (hash ^ (hash >>> 13)) & (SHARED_SLOTS - 1);
  const cached = shared[slot];
  if (cached !== undefined && cached.length === length && sameCodeUnits(cached, text, from)) return cached;
  const codes = codesOfLength[length];
  for (let k = 0; k < length; k++) codes[k] = text.charCodeAt(from + k);
  const made = String.fromCharCode.apply(undefined, codes);
  shared[slot] = made;
  return made;
}

/**
 * Whether `text` holds `word` at `from`, compared code by code: startsWith of a one-byte word in a two-byte
 * text takes a slow path.
 */
function sameCodeUnits(word: string, text: string, from: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(from + k)) return false;
  return true;
}

function skipBlanks(text: string, i: number, end: number): number {
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** True when `shape` (`0` for a digit, any other character for itself) stands at `at`, before `end`. */
function hasShape(text: string, at: number, end: number, shape: string): boolean {
  if (at + shape.length > end) return false;
  for (let k = 0; k < shape.length; k++) {
    const c = text.charCodeAt(at + k);
    const wanted = shape.charCodeAt(k);
    if (wanted === DIGIT_ZERO ? !isAsciiDigit(c) : c !== wanted) return false;
  }
  return true;
}

/** A date or time is a word of its own: a blank or the end of the line follows it. */
const endsWord = (text: string, at: number, end: number) => at === end || isBlank(text.charCodeAt(at));

function containsLineTerminator(text: string, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (isLineTerminator(text.charCodeAt(k))) return true;
  return false;
}

/** What a dated heading holds, by shape only: the caller checks the day and time are real ones. */
export interface DatedHeading {
  /** `YYYY-MM-DD` in shape. */
  readonly date: string;
  /** `HH:mm` in shape, when the date is followed by one. */
  readonly time: string | undefined;
  /** The words after the date and time, without a closing sequence of `#`s and trimmed. */
  readonly rest: string;
}

/**
 * Reads the part of a level-2 heading after its `##` (from `from` to `end`, the line's end): blanks, a
 * `YYYY-MM-DD`, optionally blanks and an `HH:mm`, then the rest. Undefined when it does not have that shape.
 */
export function readDatedHeading(text: string, from: number, end: number): DatedHeading | undefined {
  const dateAt = skipBlanks(text, from, end);
  if (dateAt === from || !hasShape(text, dateAt, end, DAY_SHAPE) || !endsWord(text, dateAt + DAY_SHAPE.length, end)) {
    return undefined;
  }
  const afterDate = dateAt + DAY_SHAPE.length;
  let restAt = skipBlanks(text, afterDate, end);
  let time: string | undefined;
  if (
    restAt > afterDate &&
    hasShape(text, restAt, end, TIME_SHAPE) &&
    endsWord(text, restAt + TIME_SHAPE.length, end)
  ) {
    time = sharedSlice(text, restAt, restAt + TIME_SHAPE.length);
    restAt = skipBlanks(text, restAt + TIME_SHAPE.length, end);
  }
  if (containsLineTerminator(text, restAt, end)) return undefined;
  return {
    date: sharedSlice(text, dateAt, afterDate),
    time,
    rest: text.slice(restAt, withoutClosingSequence(text, restAt, end)).trim(),
  };
}

/**
 * Where a heading's content ends: before its closing sequence of `#`s (CommonMark), which is the whole
 * content or follows a blank, and may itself be followed by blanks.
 */
function withoutClosingSequence(text: string, from: number, end: number): number {
  let hashesEnd = end;
  while (hashesEnd > from && isBlank(text.charCodeAt(hashesEnd - 1))) hashesEnd--;
  let hashesStart = hashesEnd;
  while (hashesStart > from && text.charCodeAt(hashesStart - 1) === HASH) hashesStart--;
  if (hashesStart === hashesEnd || (hashesStart > from && !isBlank(text.charCodeAt(hashesStart - 1)))) return end;
  while (hashesStart > from && isBlank(text.charCodeAt(hashesStart - 1))) hashesStart--;
  return hashesStart;
}

/**
 * `Word: title` at the start of a heading's rest (as readDatedHeading gives it): the word (a kind, or a
 * misspelling of one) and the title.
 */
export function splitKindWord(rest: string): { word: string; title: string } | undefined {
  let wordEnd = 0;
  while (wordEnd < rest.length && isAsciiLetter(rest.charCodeAt(wordEnd))) wordEnd++;
  if (wordEnd === 0) return undefined;
  const colon = skipBlanks(rest, wordEnd, rest.length);
  if (rest.charCodeAt(colon) !== COLON) return undefined;
  return { word: sharedSlice(rest, 0, wordEnd), title: rest.slice(skipBlanks(rest, colon + 1, rest.length)) };
}

/**
 * Reads a metadata item, `- Key: value`, from the content (`from` to `end`) of line `line`: a key of letters,
 * digits, spaces, `_` and `-` that starts with a letter; a value after a blank, or none. Undefined for any
 * other line.
 */
export function readMetadataItem(text: string, from: number, end: number, line: number): MetadataItem | undefined {
  if (text.charCodeAt(from) !== DASH) return undefined;
  const keyStart = skipBlanks(text, from + 1, end);
  if (keyStart === from + 1 || keyStart === end || !isAsciiLetter(text.charCodeAt(keyStart))) return undefined;
  let keyEnd = keyStart + 1;
  while (keyEnd < end && isKeyChar(text.charCodeAt(keyEnd))) keyEnd++;
  const colon = skipBlanks(text, keyEnd, end);
  if (colon === end || text.charCodeAt(colon) !== COLON) return undefined;
  while (isBlank(text.charCodeAt(keyEnd - 1))) keyEnd--; // the key starts with a letter, so this stops there
  const key = sharedSlice(text, keyStart, keyEnd);

  let valueEnd = end;
  while (valueEnd > colon + 1 && isBlank(text.charCodeAt(valueEnd - 1))) valueEnd--;
  if (valueEnd === colon + 1) return { key, value: '', line };
  if (!isBlank(text.charCodeAt(colon + 1))) return undefined; // `Key:value` is no item
  const valueStart = skipBlanks(text, colon + 1, valueEnd);
  if (containsLineTerminator(text, valueStart, valueEnd)) return undefined;
  return { key, value: sharedSlice(text, valueStart, valueEnd), line };
}
