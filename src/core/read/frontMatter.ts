// The charter is read through gray-matter, with every engine that could run code replaced and its
// result cache bypassed. YAML is read with the core schema: plain scalars become strings, numbers,
// booleans and null, never Dates, so `2026-11-02` stays the calendar day the user wrote.
import type * as yaml from 'js-yaml';
import { isCalendarDay } from '../model/calendar';
import type { CalendarDay, Charter, Diagnostic } from '../model/types';
import { yamlLibraries } from './yamlLibraries';

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

/** Thrown while the YAML is read, when its aliases would spell out more than the front matter may hold. */
class AliasExpansionError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** What the front matter may spell out, aliases expanded: four times its own length, plus this. */
const EXPANSION_FLOOR = 100_000;

/** js-yaml's state as its listener sees it: `tag` is there too, though its typings leave it out. */
type LoaderState = yaml.State & { readonly tag: string | null };

/**
 * Reads YAML with one budget for the whole front matter. An alias (`*name`) costs nothing to read, but it
 * repeats its anchor's whole value: nine levels of four aliases each are 4^9 values, and a list of a thousand
 * of those is a "billion laughs" for anything that walks the result (JSON.stringify, a view, js-yaml itself
 * when it joins a list used as a key into one string). So the parser's listener counts every value as it is
 * closed, an alias as the full size of what it repeats, and stops the read once the total passes the
 * allowance: what comes out, spelt out in full, is never more than a few times the text, and nothing later
 * needs a budget of its own. An alias inside its own anchor would never end, so it is refused the same way.
 */
function loadYaml(source: string): unknown {
  const allowance = EXPANSION_FLOOR + 4 * source.length;
  const sizes = new WeakMap<object, number>();
  const opened: { spent: number; line: number }[] = [];
  let spent = 0;
  const listener = (event: yaml.EventType, state: LoaderState) => {
    if (event === 'open') {
      opened.push({ spent, line: state.line });
      return;
    }
    const open = opened.pop() as { spent: number; line: number };
    const value: unknown = state.result;
    const isObject = typeof value === 'object' && value !== null;
    // An alias is the one node that has a value but neither a kind nor a tag of its own.
    if (isObject && state.kind === null && state.tag === null) {
      const size = sizes.get(value);
      // No size yet: the anchor is still open, around this alias.
      if (size === undefined) {
        throw new AliasExpansionError(
          open.line,
          'front matter has an alias (`*name`) inside its own anchor: it never ends',
        );
      }
      spent += size;
    } else {
      spent += 1 + (typeof value === 'string' ? value.length : 0);
      if (isObject) sizes.set(value, spent - open.spent);
    }
    if (spent > allowance) {
      const most = allowance.toLocaleString('en');
      throw new AliasExpansionError(
        open.line,
        `front matter is too large once its aliases (\`*name\`) are spelt out: over ${most} characters`,
      );
    }
  };
  const { yaml } = yamlLibraries();
  return yaml.load(source, { schema: yaml.CORE_SCHEMA, listener });
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
      // gray-matter's block ends before the line break that precedes its closing `---`: given back, so that a
      // `|+` or `>+` value last in the block keeps its final blank line, as it does anywhere else.
      parse: (source: string) => loadYaml(`${source}\n`) as object,
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

const KNOWN_KEYS = new Set([
  'project',
  'started',
  'launch_target',
  'launched',
  'learning_goal',
  'definition_of_done',
  'paused_until',
  'next_step',
]);

export type CharterResult =
  | { readonly ok: true; readonly charter: Charter; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly line: number; readonly reason: string };

export const EMPTY_CHARTER: Charter = Object.freeze({
  definitionOfDone: Object.freeze([]) as readonly string[],
  extra: Object.freeze({}),
});

/**
 * Reads the front matter from `head`, the file's text from its start through the line that closes the block
 * (the parser has found it: gray-matter ends a block at any line that starts with `---`). gray-matter splits
 * it and hands the YAML to the safe engine; `language` is what follows the opening `---` (empty for YAML),
 * `firstLine` the 0-based file line after the opening one.
 */
export function readCharter(head: string, language: string, firstLine: number): CharterResult {
  let data: unknown;
  try {
    const file = yamlLibraries().matter(head, SAFE_OPTIONS);
    // Anything after gray-matter's closing line is YAML it did not read: a line inside the block that starts
    // with `---` (say `---x`) ended it early. Refused, as a YAML reader would, rather than half read.
    if (file.content.trim() !== '') {
      const line = firstLine + file.matter.split('\n').length - 1;
      return { ok: false, line, reason: 'front matter is not valid YAML: a line inside it starts with `---`' };
    }
    data = file.data;
  } catch (error) {
    // Any other language was refused by its engine (or has none): name it as the user wrote it.
    if (error instanceof FrontMatterLanguageError || !/^(ya?ml)?$/i.test(language)) {
      return { ok: false, line: firstLine - 1, reason: new FrontMatterLanguageError(language).message };
    }
    // gray-matter hands the YAML over starting with the rest of the `---` line, so its line 0 is that line.
    if (error instanceof AliasExpansionError) {
      return { ok: false, line: firstLine - 1 + error.line, reason: error.message };
    }
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message ?? String(error);
    if (mark && typeof mark.line === 'number') {
      return { ok: false, line: firstLine - 1 + mark.line, reason: `front matter is not valid YAML: ${reason}` };
    }
    return { ok: false, line: firstLine - 1, reason: `front matter is not readable: ${reason}` };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, line: firstLine, reason: 'front matter must be a set of `key: value` lines' };
  }
  return toCharter(data as Record<string, unknown>, head, firstLine);
}

function toCharter(data: Record<string, unknown>, head: string, firstLine: number): CharterResult {
  const diagnostics: Diagnostic[] = [];
  const lineOf = (key: string): number => {
    const i = head.split('\n').findIndex((l) => l.startsWith(`${key}:`));
    return i < 0 ? firstLine : i;
  };
  const text = (key: string): string | undefined => {
    const value = data[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'object') {
      diagnostics.push({
        line: lineOf(key),
        severity: 'warning',
        message: `\`${key}\` should be a single value; it is ignored`,
      });
      return undefined;
    }
    return String(value);
  };
  const day = (key: string): CalendarDay | undefined => {
    const value = text(key);
    if (value === undefined) return undefined;
    if (isCalendarDay(value)) return value;
    diagnostics.push({
      line: lineOf(key),
      severity: 'warning',
      message: `\`${key}\` should be a day written YYYY-MM-DD; "${value}" is ignored`,
    });
    return undefined;
  };
  const done = data.definition_of_done;
  let definitionOfDone: string[] = [];
  if (Array.isArray(done)) {
    // A list or mapping as an item is shown as JSON: loadYaml's budget keeps it (and all of `data`) small.
    definitionOfDone = done
      .filter((item) => item !== null && item !== undefined)
      .map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item)));
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
