// The charter is read through gray-matter, with every engine that could run code replaced and its
// result cache bypassed. YAML is read with the core schema: plain scalars become strings, numbers,
// booleans and null, never Dates, so `2026-11-02` stays the calendar day the user wrote.
import matter from 'gray-matter';
import * as yaml from 'js-yaml';
import { isCalendarDay } from './calendar';
import type { CalendarDay, Charter, Diagnostic } from './types';

/** The typed error every refused front-matter language throws. */
export class FrontMatterLanguageError extends Error {
  constructor(readonly language: string) {
    super(`front matter in "${language}" is not read: only YAML front matter is`);
    this.name = 'FrontMatterLanguageError';
  }
}

function refuse(language: string) {
  return {
    parse(): never {
      throw new FrontMatterLanguageError(language);
    },
    stringify(): never {
      throw new FrontMatterLanguageError(language);
    },
  };
}

/**
 * gray-matter's defaults include a `javascript` engine that calls eval, reachable as `---js` and
 * `---javascript`. Both names are overridden here (gray-matter looks up the written name before its alias).
 * Passing options on every call also keeps gray-matter's module-level cache empty: it only caches calls
 * made without options, and a cache keyed by the whole text would keep every journal alive.
 */
const SAFE_OPTIONS = {
  language: 'yaml',
  engines: {
    yaml: {
      parse: (source: string) => yaml.load(source, { schema: yaml.CORE_SCHEMA }) as object,
      stringify: () => {
        throw new Error('the charter is edited line by line, never re-serialised');
      },
    },
    javascript: refuse('javascript'),
    js: refuse('js'),
    coffee: refuse('coffee'),
    coffeescript: refuse('coffeescript'),
    cson: refuse('cson'),
    json: refuse('json'),
  },
};

const KNOWN_KEYS = new Set(['project', 'started', 'launch_target', 'launched', 'learning_goal', 'definition_of_done', 'paused_until', 'next_step']);

export type CharterResult =
  | { readonly ok: true; readonly charter: Charter; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly line: number; readonly reason: string };

export const EMPTY_CHARTER: Charter = Object.freeze({ definitionOfDone: Object.freeze([]) as readonly string[], extra: Object.freeze({}) });

/**
 * Reads one front-matter block. `language` is what follows the opening `---` (empty for YAML), `source`
 * the lines between the delimiters, `firstLine` the 0-based file line of the first of them.
 */
export function readCharter(language: string, source: string, firstLine: number): CharterResult {
  let data: unknown;
  try {
    data = matter(`---${language}\n${source}\n---\n`, SAFE_OPTIONS).data;
  } catch (error) {
    // Any other language was refused by its engine (or has none): name it as the user wrote it.
    if (error instanceof FrontMatterLanguageError || !/^(ya?ml)?$/i.test(language)) {
      return { ok: false, line: firstLine - 1, reason: new FrontMatterLanguageError(language).message };
    }
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message ?? String(error);
    // gray-matter hands the YAML over starting with the rest of the `---` line, so its line 0 is that line.
    if (mark && typeof mark.line === 'number') return { ok: false, line: firstLine - 1 + mark.line, reason: `front matter is not valid YAML: ${reason}` };
    return { ok: false, line: firstLine - 1, reason: `front matter is not readable: ${reason}` };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, line: firstLine, reason: 'front matter must be a set of `key: value` lines' };
  }
  return toCharter(data as Record<string, unknown>, source, firstLine);
}

/**
 * A definition-of-done item that YAML read as a list or mapping, as JSON text. YAML aliases can make an item
 * contain itself (JSON.stringify throws) or repeat one node exponentially often (`&a [x, x]`, `&b [*a, *a]`,
 * ...: a few lines that would stringify to gigabytes), so the walk is bounded and such an item is named, not
 * spelt out.
 */
function itemText(item: object): string {
  let budget = 10_000;
  try {
    return JSON.stringify(item, (_key, value: unknown) => {
      if (--budget < 0) throw new RangeError('too large');
      return value;
    });
  } catch {
    return '(an item too large or self-referencing to show)';
  }
}

function toCharter(data: Record<string, unknown>, source: string, firstLine: number): CharterResult {
  const diagnostics: Diagnostic[] = [];
  const lineOf = (key: string): number => {
    const i = source.split('\n').findIndex((l) => l.startsWith(`${key}:`));
    return i < 0 ? firstLine : firstLine + i;
  };
  const text = (key: string): string | undefined => {
    const value = data[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'object') {
      diagnostics.push({ line: lineOf(key), severity: 'warning', message: `\`${key}\` should be a single value; it is ignored` });
      return undefined;
    }
    return String(value);
  };
  const day = (key: string): CalendarDay | undefined => {
    const value = text(key);
    if (value === undefined) return undefined;
    if (isCalendarDay(value)) return value;
    diagnostics.push({ line: lineOf(key), severity: 'warning', message: `\`${key}\` should be a day written YYYY-MM-DD; "${value}" is ignored` });
    return undefined;
  };
  const done = data.definition_of_done;
  let definitionOfDone: string[] = [];
  if (Array.isArray(done)) {
    definitionOfDone = done.filter((item) => item !== null && item !== undefined).map((item) => (typeof item === 'object' ? itemText(item) : String(item)));
  } else if (done !== undefined && done !== null) {
    definitionOfDone = [String(done)];
  }
  const extra: Record<string, unknown> = {};
  for (const key of Object.keys(data)) if (!KNOWN_KEYS.has(key)) extra[key] = data[key];

  const charter: Charter = {
    project: text('project'),
    started: day('started'),
    launchTarget: day('launch_target'),
    launched: day('launched'),
    learningGoal: text('learning_goal'),
    definitionOfDone,
    pausedUntil: day('paused_until'),
    nextStep: text('next_step'),
    extra,
  };
  return { ok: true, charter, diagnostics };
}
