// Property-based tests of the journal core against the guarantees in the journal format contract:
// appending only adds, in-place edits are minimal, the file's style is kept, nothing typed is lost, and
// parsing never fails. Every property runs with a fixed seed (fast-check prints seed and path on failure;
// FC_SEED=<n> in the environment runs a different, still reproducible, sample; FC_RUNS_SCALE=<n> runs more).
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import {
  appendEntry,
  applyEdits,
  CharterNotEditableError,
  combineEdits,
  createJournal,
  DECISION_STATUSES,
  ENTRY_KINDS,
  entryBody,
  journalStats,
  JournalLines,
  metadataValue,
  parseJournal,
  resolveIncident,
  reviewDecision,
  sanitizeTitle,
  setCharterField,
  setDecisionStatus,
  setMetadata,
  type Charter,
  type CharterField,
  type Entry,
  type EntryDraft,
  type Journal,
  type Resolution,
  type TextEdit,
  VERDICTS,
} from '../../../src/core';
import { sanitizeValue } from '../../../src/core/write/escaping';

const SEED = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : 20261124;
/** FC_RUNS_SCALE=<n> multiplies every numRuns, for a longer soak than the suite's own. */
const RUNS_SCALE = process.env.FC_RUNS_SCALE !== undefined ? Number(process.env.FC_RUNS_SCALE) : 1;
const TODAY = '2026-11-24';
const BOM = '\uFEFF';

let casesRun = 0;

/** Runs a property with a fixed seed and counts the cases that really ran (shrinking included, on failure). */
function check<T>(
  seedOffset: number,
  numRuns: number,
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => void,
): void {
  fc.assert(
    fc.property(arbitrary, (value) => {
      casesRun++;
      predicate(value);
    }),
    { seed: SEED + seedOffset, numRuns: Math.ceil(numRuns * RUNS_SCALE), endOnFailure: false },
  );
}

// ---------------------------------------------------------------------------------------------------------
// Independent models of what the contract promises (written from the contract and CommonMark, not from
// the core's code).

/** CommonMark blank line: nothing but spaces and tabs. */
const isBlank = (line: string): boolean => /^[ \t]*$/.test(line);

/** A body as the contract says it is stored: `\n` line breaks, no blank lines before or after. */
function normaliseBody(body: string): string[] {
  const lines = body.split(/\r\n|\r|\n/);
  let first = 0;
  let end = lines.length;
  while (first < end && isBlank(lines[first])) first++;
  while (end > first && isBlank(lines[end - 1])) end--;
  return lines.slice(first, end);
}

/**
 * The line that closes the fenced code block or HTML comment these lines leave open, if any. CommonMark:
 * a fence is ``` or ~~~ (3+) after at most 3 spaces, a backtick fence's info string has no backtick, and it
 * is closed by the same character at least as many times with only blanks after; an HTML comment block
 * starts with `<!--` after at most 3 spaces and ends at the first line that contains `-->` (its own first
 * line included, so `<!-->` is complete).
 */
function modelCloser(lines: readonly string[]): string | undefined {
  let fence: { char: string; length: number } | undefined;
  let comment = false;
  for (const line of lines) {
    const f = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence) {
      if (f && f[1][0] === fence.char && f[1].length >= fence.length && isBlank(f[2])) fence = undefined;
      continue;
    }
    if (comment) {
      if (line.includes('-->')) comment = false;
      continue;
    }
    if (f && !(f[1][0] === '`' && f[2].includes('`'))) {
      fence = { char: f[1][0], length: f[1].length };
      continue;
    }
    const c = /^ {0,3}<!--/.exec(line);
    if (c && !line.slice(c[0].length - 2).includes('-->')) comment = true;
  }
  if (fence) return fence.char.repeat(fence.length);
  return comment ? '-->' : undefined;
}

/** What `entryBody` must give back for a draft body: its lines, plus a closing line when it leaves a block open. */
function expectedBody(body: string | undefined): string {
  const lines = normaliseBody(body ?? '');
  if (lines.length === 0) return '';
  const closer = modelCloser(lines);
  return [...lines, ...(closer ? [closer] : [])].join('\n');
}

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysIn(year: number, month: number): number {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

// ---------------------------------------------------------------------------------------------------------
// Arbitraries.

/** A real calendar day, mostly near the present, sometimes anywhere in 0001..9999, leap days included. */
const dayArb: fc.Arbitrary<string> = fc
  .oneof(
    {
      weight: 6,
      arbitrary: fc.tuple(
        fc.integer({ min: 2015, max: 2035 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
      ),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom<[number, number, number]>(
        [2024, 2, 29],
        [2000, 2, 29],
        [4, 2, 29],
        [1, 1, 1],
        [9999, 12, 31],
        [2026, 12, 31],
        [2027, 1, 1],
      ),
    },
  )
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(Math.min(d, daysIn(y, m)))}`);

const timeArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${pad(h)}:${pad(m)}`);

const TRICKY_TEXT = [
  '#',
  '##',
  '# heading',
  '## 2026-01-01 Note: x',
  'Use C# #',
  'title #',
  'title ##  ',
  'x \\#',
  '\\',
  '  ##  ',
  '**bold** `code` [link](https://example.dev) _em_',
  'Decision: nested',
  'Note:',
  ':',
  '<!--',
  '-->',
  '```',
  '~~~',
  'a\nb',
  'a\r\nb',
  'line\rbreak',
  '\u2028',
  '\u0085',
  'nbsp\u00a0',
  '\u3000ideographic\u3000',
  '\ufeffbom',
  'Zürich, 東京, emoji 🚀',
  'ﷺ',
  '\u0080c1\u009f',
  '\ufffe\uffff',
  '\ud800lone',
  'tab\there',
  '   ',
  '',
];

const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY_TEXT) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom(...TRICKY_TEXT, ' ', 'x', 'word'), { maxLength: 5 })
      .map((parts) => parts.join('')),
  },
);

/** A metadata key exactly as the pattern allows it: trailing blanks included. */
const apiKeyArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('Status', 'Severity', 'Options', 'Tags', 'Root cause', 'status', 'Status ', 'A', 'x-y_z 9'),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9 _-]{0,12}$/),
);

/** A metadata key as a draft may carry it (`/^[A-Za-z][A-Za-z0-9 _-]*$/`), sometimes padded with blanks. */
const keyArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '', '', ' ', '  ', '\t'),
    fc.oneof(
      fc.constantFrom(
        'Status',
        'Severity',
        'Options',
        'Detected',
        'Resolved',
        'Supersedes',
        'Phase',
        'Tags',
        'Root cause',
        'status',
        'A',
        'x-y_z 9',
      ),
      fc.stringMatching(/^[A-Za-z][A-Za-z0-9 _-]{0,12}$/),
    ),
    fc.constantFrom('', '', '', ' ', '  '),
  )
  .map(([before, key, after]) => before + key + after);

const PLAIN_LINES = [
  'Plain text.',
  'Zürich, 東京, emoji 🚀',
  '## 2026-01-01 Note: x',
  '## 2026-01-01 09:00 Decision: y',
  '   ## 2026-13-45 Incident: z',
  '##\t2026-1-1 Launch',
  '\\## 2026-01-01 Note: escaped by hand',
  '\\\\## 2026-01-01 Note: two',
  ' \\## 2026-01-01',
  '    ## 2026-01-01 Note: code',
  '## Not dated',
  '### Resolution',
  '# H1',
  '- Status: open',
  '- Key: v',
  '---',
  '***',
  '> quote',
  '* item',
  '1. item',
  '<div>',
  '</div>',
  'ends with hashes ##',
  '',
  '   ',
  '\t',
];
const FENCE_LINES = ['```', '```js', '````', '~~~', '~~~ python', '   ```', '```a`b', '~~~~', '    ```'];
const COMMENT_LINES = [
  '<!--',
  '<!-- x -->',
  '-->',
  'end -->',
  '<!-->',
  '<!--->',
  '  <!-- indented',
  '<!-- a --> <!-- b',
];

const noBlockMarkers = (s: string): boolean => !/```|~~~|<!--|-->|[\r\n]/.test(s);
const plainLineArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PLAIN_LINES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }).filter(noBlockMarkers) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 15 }).filter(noBlockMarkers) },
);

/** Lines that open and later close each fence and comment, so the body leaves nothing open. */
const balancedLinesArb: fc.Arbitrary<string[]> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: plainLineArb.map((l) => [l]) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(
            fc.constantFrom('```', '```ts', '~~~', '````', ' ~~~ info', '~~~~~'),
            fc.array(fc.oneof(plainLineArb, fc.constantFrom('<!--', '-->', '~~~', '``')), { maxLength: 4 }),
            fc.constantFrom('', ' ', '  '),
          )
          .map(([open, inner, indent]) => {
            const marker = /[`~]+/.exec(open)![0];
            // Inner lines of the other fence character, or shorter, do not close this one.
            const safe = inner.filter(
              (l) => !(l.trimStart().startsWith(marker[0].repeat(3)) && l.trimStart().length >= marker.length),
            );
            return [open, ...safe, indent + marker];
          }),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(
            fc.constantFrom('<!--', '<!-- note', ' <!--'),
            fc.array(fc.oneof(plainLineArb, fc.constantFrom('```', '~~~', '<!--')), { maxLength: 4 }),
            fc.constantFrom('-->', 'done -->', '--> after'),
          )
          .map(([open, inner, close]) => [open, ...inner, close]),
      },
    ),
    { maxLength: 8 },
  )
  .map((segments) => segments.flat());

const anyBodyLineArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: plainLineArb },
  { weight: 2, arbitrary: fc.constantFrom(...FENCE_LINES) },
  { weight: 2, arbitrary: fc.constantFrom(...COMMENT_LINES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

const joinLines = (lines: readonly string[], eols: readonly string[]): string =>
  lines.map((l, i) => (i === 0 ? '' : eols[i % eols.length]) + l).join('');

/** A body: balanced or not, with `\n`, `\r\n`, lone `\r` or mixed line breaks and blank lines around it. */
const bodyArb: fc.Arbitrary<{ body: string; balanced: boolean }> = fc
  .oneof(
    { weight: 4, arbitrary: fc.tuple(balancedLinesArb, fc.constant(true)) },
    { weight: 4, arbitrary: fc.tuple(fc.array(anyBodyLineArb, { maxLength: 10 }), fc.constant(false)) },
  )
  .chain(([lines, balanced]) =>
    fc
      .tuple(
        fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 3 }),
        fc.constantFrom('', '\n', '\n\n', '  \n', '\r\n\t\r\n'),
        fc.constantFrom('', '\n', '\r\n', '\n \n', '\n\n\n'),
      )
      .map(([eols, before, after]) => ({ body: before + joinLines(lines, eols) + after, balanced })),
  );

const draftBodyArb: fc.Arbitrary<{ body: string | undefined; balanced: boolean }> = fc.oneof(
  { weight: 6, arbitrary: bodyArb },
  { weight: 1, arbitrary: fc.constant({ body: undefined, balanced: true }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }).map((body) => ({ body, balanced: false })) },
);

const draftArb: fc.Arbitrary<{ draft: EntryDraft; balanced: boolean }> = fc
  .record({
    kind: fc.constantFrom(...ENTRY_KINDS),
    date: dayArb,
    time: fc.option(timeArb, { nil: undefined }),
    title: textArb,
    metadata: fc.array(fc.tuple(keyArb, textArb), { maxLength: 4 }),
    body: draftBodyArb,
  })
  .map(({ body, ...rest }) => {
    const draft: EntryDraft = { ...rest, ...(body.body === undefined ? {} : { body: body.body }) };
    return { draft, balanced: body.balanced };
  });

// Journal-like text: what a hand-edited journal (and worse) looks like, line by line.
const dateTextArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: dayArb },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '2026-1-1',
      '0000-01-01',
      '0000-02-29',
      '2027-03-01',
      '2031-06-15',
      '12026-01-01',
      '2026-01-01x',
      '1999-12-31',
    ),
  },
);
const kindWordArb = fc.constantFrom(
  'Phase',
  'Decision',
  'Incident',
  'Note',
  'Launch',
  'Deploy',
  'phase',
  'DECISION',
  'Decsion',
  'Incdent',
  'Lunch',
  'Deplyo',
  'Nope',
  'Phase ',
);
const headingLineArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '', '', ' ', '   ', '    ', '\t'),
    fc.constantFrom('##', '##', '##', '#', '###'),
    fc.constantFrom(' ', ' ', '\t', '  ', ''),
    dateTextArb,
    fc.option(fc.oneof(timeArb, fc.constantFrom('24:00', '12:60', '9:00')), { nil: undefined }),
    fc.option(kindWordArb, { nil: undefined }),
    fc.oneof(
      textArb.map((t) => t.replace(/[\r\n]/g, ' ')),
      fc.constantFrom('design', 'build', 'deploy', 'operate', 'maintain', 'launch day #'),
    ),
  )
  .map(
    ([indent, hashes, sep, date, time, kind, title]) =>
      `${indent}${hashes}${sep}${date}${time ? ` ${time}` : ''} ${kind ? `${kind}: ` : ''}${title}`,
  );
const metadataLineArb: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('Status', 'Severity', 'Detected', 'Resolved', 'Phase', 'Tags', 'status'),
      fc.constantFrom(
        'open',
        'resolved',
        'mitigated',
        'accepted',
        'superseded',
        'SEV-1',
        'SEV-9',
        '2026-11-22 02:10',
        '2026-11-22 03:40',
        'bad',
        'build',
        'operate',
        '',
      ),
    )
    .map(([k, v]) => `- ${k}: ${v}`),
  fc.constantFrom('-Key: v', '- : v', '-  Key :v', '- Key:', '- Key', '-\tTab: v'),
);
const YAML_LINES = [
  'project: demo',
  'project: "quoted: yes"',
  'started: 2026-11-02',
  'started: 2027-01-05',
  'started: 2026-02-30',
  'launch_target: 2026-12-02',
  'launched: 2026-11-20',
  'launched: 2031-01-01',
  'paused_until: 2026-12-01',
  'learning_goal: |',
  '  a goal',
  'definition_of_done:',
  '  - item',
  '  - step: with colon',
  '  - &a [*a]',
  'x: &s {self: *s}',
  'key: [unclosed',
  'bad: : yaml',
  '\tbad: tab',
  '  ? complex',
  'extra_key: 42',
];
const yamlLineArb = fc.constantFrom(...YAML_LINES);
/** Every alias doubles the work of anything that walks the items naively: 10^7 strings. */
const BILLION_LAUGHS = [
  'definition_of_done:',
  '  - &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  '  - &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
  '  - &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
  '  - &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
  '  - &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
  '  - &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]',
  '  - &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]',
];
const frontMatterArb: fc.Arbitrary<string[]> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(
        fc.constantFrom('---', '---', '---', '---yaml', '---js', '---json', '---coffee', '--- '),
        fc.array(yamlLineArb, { maxLength: 6 }),
        fc.constantFrom('---', '---', '---', '', '...', '--- '),
      )
      .map(([open, body, close]) => [open, ...body, close]),
  },
  { weight: 1, arbitrary: fc.constant<string[]>(['---', ...BILLION_LAUGHS, '---']) },
);

const journalLineArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      { weight: 4, arbitrary: headingLineArb },
      { weight: 3, arbitrary: metadataLineArb },
      { weight: 2, arbitrary: fc.constantFrom(...FENCE_LINES) },
      { weight: 2, arbitrary: fc.constantFrom(...COMMENT_LINES) },
      { weight: 3, arbitrary: fc.constantFrom('', '', ' ', '\t') },
      { weight: 3, arbitrary: plainLineArb },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
      { weight: 1, arbitrary: yamlLineArb },
      { weight: 1, arbitrary: fc.constant('---') },
    ),
    // A stray CR or trailing blank or hash now and then, as editors and people leave them.
    fc.constantFrom('', '', '', '', '', '', '', ' ', '\r', ' #'),
  )
  .map(([line, suffix]) => line + suffix);

type Eol = '\n' | '\r\n';

/** Journal-like text: optional BOM and front matter, mixed lines, LF/CRLF/mixed breaks, with or without a final newline. */
const journalTextArb: fc.Arbitrary<string> = fc
  .record({
    bom: fc.boolean(),
    frontMatter: fc.option(frontMatterArb, { nil: undefined, freq: 3 }),
    lines: fc.array(journalLineArb, { maxLength: 25 }),
    eols: fc.oneof(
      fc.constant(['\n']),
      fc.constant(['\r\n']),
      fc.array(fc.constantFrom('\n', '\r\n'), { minLength: 2, maxLength: 4 }),
    ),
    finalNewline: fc.boolean(),
  })
  .map(({ bom, frontMatter, lines, eols, finalNewline }) => {
    const all = [...(frontMatter ?? []), ...lines];
    const text = joinLines(all, eols) + (finalNewline && all.length > 0 ? eols[all.length % eols.length] : '');
    return (bom ? BOM : '') + text;
  });

/** Any text at all, weighted towards text that looks like a journal. */
const anyTextArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: journalTextArb },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('latin1')) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      BOM,
      '\n',
      '\r\n',
      '\r',
      BOM + '\r',
      '---',
      '---\n',
      '```',
      '<!--',
      'x\r',
      '## 2026-01-01 Note: x\r',
    ),
  },
);

// ---------------------------------------------------------------------------------------------------------
// Helpers.

const closerFor = (journal: Journal): string | undefined =>
  journal.openBlockAtEnd === undefined
    ? undefined
    : journal.openBlockAtEnd.kind === 'fence'
      ? journal.openBlockAtEnd.marker
      : '-->';

/** An entry without its offsets, for comparing entries whose places in the text moved. */
function shape(
  entry: Entry,
): Omit<Entry, 'start' | 'end' | 'bodyStart' | 'line' | 'endLine' | 'metadata'> & { metadata: [string, string][] } {
  return {
    kind: entry.kind,
    date: entry.date,
    time: entry.time,
    title: entry.title,
    phase: entry.phase,
    metadata: entry.metadata.map((m) => [m.key, m.value]),
  };
}

/** Checks that `edits` stay inside `ranges` and that every byte outside them is unchanged in `after`. */
function assertOnlyInside(
  before: string,
  after: string,
  edits: readonly TextEdit[],
  ranges: readonly { start: number; end: number }[],
): void {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const combined = combineEdits(edits);
  for (const edit of combined) {
    assert.ok(
      sorted.some((r) => edit.offset >= r.start && edit.offset + edit.length <= r.end),
      `edit at ${edit.offset}+${edit.length} is outside the entries it may change`,
    );
  }
  let delta = 0;
  let cursor = 0;
  for (const r of sorted) {
    assert.equal(
      after.slice(cursor + delta, r.start + delta),
      before.slice(cursor, r.start),
      'bytes before an edited entry changed',
    );
    for (const edit of combined) {
      if (edit.offset >= r.start && edit.offset + edit.length <= r.end) delta += edit.text.length - edit.length;
    }
    cursor = r.end;
  }
  assert.equal(after.slice(cursor + delta), before.slice(cursor), 'bytes after the edited entries changed');
  assert.equal(after.length - delta, before.length);
}

// ---------------------------------------------------------------------------------------------------------

const resolutionArb: fc.Arbitrary<Resolution> = fc.record({
  date: dayArb,
  time: timeArb,
  rootCause: fc.option(textArb, { nil: undefined }),
  fix: fc.option(textArb, { nil: undefined }),
  lesson: fc.option(textArb, { nil: undefined }),
  notes: fc.option(
    bodyArb.map((b) => b.body),
    { nil: undefined },
  ),
});

const editOpArb = fc.oneof(
  fc.record({
    op: fc.constant('meta' as const),
    pick: fc.nat(),
    key: apiKeyArb,
    existing: fc.boolean(),
    trailing: fc.constantFrom('', '', ' '),
    value: textArb,
  }),
  fc.record({ op: fc.constant('resolve' as const), pick: fc.nat(), resolution: resolutionArb }),
  fc.record({
    op: fc.constant('status' as const),
    pick: fc.nat(),
    status: fc.constantFrom(...DECISION_STATUSES),
    replaced: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('review' as const),
    pick: fc.nat(),
    date: dayArb,
    verdict: fc.constantFrom(...VERDICTS),
    learned: fc.option(
      bodyArb.map((b) => b.body),
      { nil: undefined },
    ),
  }),
);
type EditOp = typeof editOpArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * Applies one in-place edit to a journal with at least one entry (an incident and two decisions for the
 * ops that need them) and checks guarantee 2: no byte outside the entry changes, the entries are the same,
 * and the edit reads back.
 */
function editAndCheck(text: string, journal: Journal, op: EditOp): void {
  const pickFrom = <T>(list: readonly T[], n: number): T => list[n % list.length];
  let edits: TextEdit[];
  let touched: Entry[];
  let wanted: [key: string, value: string][];
  let section: string[] | undefined;
  if (op.op === 'meta') {
    const entry = pickFrom(journal.entries, op.pick);
    // Half the time an existing key, in another case, so the line is replaced rather than added.
    const key =
      op.existing && entry.metadata.length > 0
        ? pickFrom(entry.metadata, op.pick).key.toUpperCase() + op.trailing
        : op.key;
    edits = [setMetadata(text, journal, entry, key, op.value)];
    touched = [entry];
    wanted = [[key.trim(), sanitizeValue(op.value)]];
  } else if (op.op === 'resolve') {
    const entry = pickFrom(
      journal.entries.filter((e) => e.kind === 'incident'),
      op.pick,
    );
    const r: Resolution = op.resolution;
    edits = resolveIncident(text, journal, entry, r);
    touched = [entry];
    wanted = [
      ['Status', 'resolved'],
      ['Resolved', `${r.date} ${r.time}`],
    ];
    const answers = (
      [
        ['Root cause', r.rootCause],
        ['Fix', r.fix],
        ['Lesson', r.lesson],
      ] as const
    ).flatMap(([label, answer]) => (sanitizeValue(answer ?? '') ? [`- ${label}: ${sanitizeValue(answer ?? '')}`] : []));
    const notes = expectedBody(r.notes);
    const parts = [...answers, ...(answers.length > 0 && notes ? [''] : []), ...(notes ? [notes] : [])];
    section = parts.length > 0 ? ['### Resolution', ...parts] : undefined;
  } else if (op.op === 'review') {
    const entry = pickFrom(
      journal.entries.filter((e) => e.kind === 'decision'),
      op.pick,
    );
    edits = reviewDecision(text, journal, entry, { date: op.date, verdict: op.verdict, learned: op.learned });
    touched = [entry];
    wanted = [
      ['Reviewed', op.date],
      ['Verdict', op.verdict],
    ];
    const learned = expectedBody(op.learned);
    section = learned ? ['### Outcome', learned] : undefined;
  } else {
    const decisions = journal.entries.filter((e) => e.kind === 'decision');
    const entry = pickFrom(decisions, op.pick);
    const other = decisions.find((d) => d.start !== entry.start);
    const replacedBy = op.status === 'superseded' && op.replaced ? other : undefined;
    edits = setDecisionStatus(text, journal, entry, op.status, replacedBy);
    touched = replacedBy ? [entry, replacedBy] : [entry];
    wanted = [['Status', op.status]];
    if (replacedBy) wanted.push(['Superseded by', sanitizeValue(`${replacedBy.date} ${replacedBy.title}`)]);
  }

  const result = applyEdits(text, edits);
  const entry = touched[0];
  assert.equal(
    result.slice(0, Math.min(...touched.map((e) => e.start))),
    text.slice(0, Math.min(...touched.map((e) => e.start))),
  );
  const tail = text.slice(Math.max(...touched.map((e) => e.end)));
  assert.ok(result.endsWith(tail), 'bytes after the entry changed');
  assertOnlyInside(text, result, edits, touched);

  const reread = parseJournal(result);
  assert.equal(reread.entries.length, journal.entries.length, 'same number of entries');
  const index = journal.entries.indexOf(entry);
  const edited = reread.entries[index];
  for (const [key, value] of wanted) assert.equal(metadataValue(edited, key), value, `metadata ${key}`);
  // Every other entry reads as before.
  journal.entries.forEach((e, i) => {
    if (!touched.includes(e)) assert.deepEqual(shape(reread.entries[i]), shape(e));
  });
  // And so does everything else about the edited entry.
  assert.equal(edited.kind, entry.kind);
  assert.equal(edited.date, entry.date);
  assert.equal(edited.title, entry.title);
  for (const item of entry.metadata) {
    if (!wanted.some(([k]) => k.toLowerCase() === item.key.toLowerCase())) {
      assert.equal(metadataValue(edited, item.key), metadataValue(entry, item.key));
    }
  }
  if (section) {
    const body = entryBody(result, edited);
    assert.ok(
      body.endsWith(section.join('\n')),
      `the section is the end of the entry:\n${JSON.stringify(body)}\n${JSON.stringify(section.join('\n'))}`,
    );
  } else if (op.op === 'resolve' || op.op === 'review') {
    assert.equal(entryBody(result, edited), entryBody(text, entry));
  }
  if (touched.length === 2) {
    const newer = reread.entries[journal.entries.indexOf(touched[1])];
    assert.equal(metadataValue(newer, 'Supersedes'), sanitizeValue(`${entry.date} ${entry.title}`));
  }
}

describe('journal core properties', function () {
  this.timeout(120_000);

  after(() => {
    console.log(`property cases run: ${casesRun}`);
  });

  it('appending leaves the old text as an exact prefix', () => {
    check(1, 3000, fc.tuple(anyTextArb, draftArb), ([text, { draft }]) => {
      const added = appendEntry(text, draft);
      assert.ok((text + added).startsWith(text));
      // With the context the store passes (the parsed journal), the same text.
      assert.equal(appendEntry(text, draft, parseJournal(text)), added);
    });
  });

  it('an appended entry reads back as written, and nothing before it changes', () => {
    check(2, 3000, fc.tuple(anyTextArb, draftArb), ([text, { draft, balanced }]) => {
      const before = parseJournal(text);
      const added = appendEntry(text, draft);
      const full = text + added;
      const after = parseJournal(full);

      // One more entry, and it is the draft.
      assert.equal(after.entries.length, before.entries.length + 1, 'exactly one more entry');
      const last = after.entries[after.entries.length - 1];
      assert.equal(last.kind, draft.kind);
      assert.equal(last.date, draft.date);
      assert.equal(last.time, draft.time);
      assert.equal(last.title, sanitizeTitle(draft.title));
      assert.deepEqual(
        last.metadata.map((m) => [m.key, m.value]),
        (draft.metadata ?? []).map(([k, v]) => [k.trim(), sanitizeValue(v)]),
      );
      const body = entryBody(full, last);
      assert.equal(body, expectedBody(draft.body));
      if (balanced) {
        assert.equal(
          body,
          normaliseBody(draft.body ?? '').join('\n'),
          'a body that closes what it opens gets nothing added',
        );
      }
      assert.equal(last.end, full.length);

      // Entries before it are unchanged; the previously last one only grows.
      for (let i = 0; i < before.entries.length - 1; i++) assert.deepEqual(after.entries[i], before.entries[i]);
      const oldLast = before.entries[before.entries.length - 1];
      if (oldLast) {
        const grown = after.entries[before.entries.length - 1];
        assert.deepEqual(shape(grown), shape(oldLast));
        assert.equal(grown.start, oldLast.start);
        assert.equal(grown.line, oldLast.line);
        assert.deepEqual(grown.metadata, oldLast.metadata);
        assert.equal(grown.end, text.length + added.indexOf('## '), 'the old last entry ends where the new one starts');
        if (grown.bodyStart !== oldLast.bodyStart) {
          // Only the supplied final newline can move it: the old entry was a heading or metadata line at the end.
          assert.ok(!text.endsWith('\n') && oldLast.bodyStart === text.length, 'bodyStart moved');
        }
        // Its body is what it was, and the line that closes what it left open (after the supplied newline).
        const closer = closerFor(before);
        const closed = closer === undefined ? text : text + (text.endsWith('\n') ? '' : '\n') + closer;
        assert.equal(entryBody(full, grown), entryBody(closed, { bodyStart: oldLast.bodyStart, end: closed.length }));
      }
      assert.deepEqual(after.frontMatter, before.frontMatter);
      assert.deepEqual(after.charter, before.charter);
      assert.equal(after.openBlockAtEnd, undefined);

      // Style: BOM, line ending, final-newline habit.
      assert.equal(after.bom, before.bom);
      assert.equal(after.eol, before.eol, 'line ending style');
      const content = before.bom ? text.slice(1) : text;
      assert.equal(full.endsWith('\n'), content === '' || text.endsWith('\n'), 'final newline habit');
      // Every line break the append writes is the file's own (a stray CR it completes counts as the file's).
      const written = (text.endsWith('\r') ? '\r' : '') + added;
      if (before.eol === '\r\n') assert.ok(!/\r(?!\n)|(?<!\r)\n/.test(written), 'CRLF file got a bare LF or CR');
      else assert.ok(!/\r/.test(added), 'LF file got a CR');
    });
  });

  it('in-place entry edits change no byte outside their entry', () => {
    const journalArb = fc
      .record({
        // CRLF written as such, or an LF journal turned into CRLF afterwards (as git's autocrlf would).
        eolMode: fc.constantFrom('lf', 'crlf', 'lf-then-crlf'),
        bom: fc.boolean(),
        finalNewline: fc.boolean(),
        project: textArb,
        learningGoal: fc.option(textArb, { nil: undefined }),
        definitionOfDone: fc.array(textArb, { maxLength: 3 }),
        // Not in 9999: the default launch target (start + 30 days) would be in year 10000, which no
        // YYYY-MM-DD can hold, and createJournal refuses it with an InvalidEntryError.
        start: dayArb.filter((d) => d < '9999-12-02'),
        time: timeArb,
        drafts: fc.array(
          draftArb.map((d) => d.draft),
          { maxLength: 6 },
        ),
        incident: draftArb.map((d): EntryDraft => ({ ...d.draft, kind: 'incident' })),
        decisions: fc.tuple(draftArb, draftArb).map(([a, b]): EntryDraft[] => [
          { ...a.draft, kind: 'decision' },
          { ...b.draft, kind: 'decision' },
        ]),
        positions: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
        tail: fc.constantFrom<string[]>(
          [],
          [],
          [],
          ['```js', 'let unclosed = 1;'],
          ['<!-- todo, never closed'],
          ['~~~~', '## 2026-01-01 Note: inside a fence'],
          ['', '', '  '],
        ),
      })
      .map((g) => {
        const drafts = [...g.drafts];
        [g.incident, ...g.decisions].forEach((d, i) => drafts.splice(g.positions[i] % (drafts.length + 1), 0, d));
        const eol: Eol = g.eolMode === 'crlf' ? '\r\n' : '\n';
        let text = createJournal(
          { project: g.project, learningGoal: g.learningGoal, definitionOfDone: g.definitionOfDone },
          { date: g.start, time: g.time },
          eol,
        );
        if (!g.finalNewline) text = text.slice(0, -eol.length);
        if (g.bom) text = BOM + text;
        for (const draft of drafts) text += appendEntry(text, draft);
        if (g.tail.length > 0) text += g.finalNewline ? g.tail.join(eol) + eol : eol + g.tail.join(eol);
        if (g.eolMode === 'lf-then-crlf') text = text.replace(/\n/g, '\r\n');
        return { text, entries: drafts.length + 1, project: g.project };
      });
    check(3, 2500, fc.tuple(journalArb, editOpArb), ([{ text, entries, project }, op]) => {
      const journal = parseJournal(text);
      assert.equal(journal.entries.length, entries, 'the generated journal has every entry');
      assert.equal(journal.frontMatter.state, 'ok', 'createJournal writes readable front matter');
      assert.equal(journal.charter.project, sanitizeValue(project));
      editAndCheck(text, journal, op);
    });
  });

  it('in-place edits of a hand-edited journal change no byte outside their entry', () => {
    // Hand-written lines of every kind (unclosed blocks, stray CRs, bad headings) between entries the
    // extension wrote, at least one incident and two decisions among them.
    const handEditedArb = fc
      .record({
        start: journalTextArb,
        drafts: fc.array(
          fc.tuple(
            draftArb.map((d) => d.draft),
            fc.array(journalLineArb, { maxLength: 6 }),
            fc.boolean(),
          ),
          { minLength: 3, maxLength: 6 },
        ),
      })
      .map(({ start, drafts }) => {
        let text = start;
        drafts.forEach(([draft, lines, finalNewline], i) => {
          const kind = i === 0 ? 'incident' : i < 3 ? 'decision' : draft.kind;
          text += appendEntry(text, { ...draft, kind });
          if (lines.length === 0) return;
          const eol = parseJournal(text).eol;
          text += (text.endsWith('\n') ? '' : eol) + lines.join(eol) + (finalNewline ? eol : '');
        });
        return text;
      });
    check(6, 1500, fc.tuple(handEditedArb, editOpArb), ([text, op]) => {
      editAndCheck(text, parseJournal(text), op);
    });
  });

  describe('charter edits', () => {
    const known = [
      'project',
      'started',
      'launch_target',
      'launched',
      'learning_goal',
      'definition_of_done',
      'paused_until',
      'next_step',
    ] as const;
    const unknown = [
      'notes',
      'tags',
      'meta',
      'repo',
      'budget',
      'public',
      'Project',
      'project_name',
      'started_at',
      'x-custom',
      'stack',
    ] as const;
    const dayKeys = new Set(['started', 'launch_target', 'launched', 'paused_until']);
    const safeAscii = fc.string({ unit: 'grapheme-ascii', maxLength: 16 });
    const word = fc.constantFrom('demo', 'uptime-bot', 'Zürich 東京', 'a b c', 'v1.2 beta', 'hello 🚀', 'C#', 'x');
    const scalar = fc.oneof(
      word,
      safeAscii.map((s) => JSON.stringify(s)),
      safeAscii.map((s) => `'${s.replace(/'/g, "''")}'`),
      fc.constantFrom('"Zürich: 東京 🚀"', "'it''s # not a comment'", '"a # b"'),
    );
    const comment = fc.constantFrom('', '', '', ' # note', '  # why: because');
    const blockLine = fc.constantFrom(
      'line one',
      '# a hash line',
      'more: text',
      '- not a list',
      'Zürich 🚀',
      '',
      '  deeper',
    );
    // Inside quotes, a line at the margin can look like anything: another key, an item, a comment.
    const quotedLine = fc.constantFrom(
      'continued',
      'project: looks like a key',
      'learning_goal: "a key, quoted"',
      "started: '2026-01-01'",
      '- an item?',
      '# a comment?',
      'a: b # c',
      '[x, {y: z}]',
      'Zürich 🚀',
      '',
    );
    const plainLine = fc.constantFrom('continued', 'more words', 'Zürich 🚀', 'x', '');
    const styleFor = (key: string): fc.Arbitrary<string[]> => {
      const scalarStyle = fc.tuple(scalar, comment).map(([v, c]) => [`${key}: ${v}${c}`]);
      const empty = comment.map((c) => [`${key}:${c}`]);
      const block = fc
        .tuple(
          fc.constantFrom('|', '>', '|-', '>+', '|2'),
          comment,
          fc.constantFrom('line one', '# heading in the text', 'Zürich 🚀'),
          fc.array(blockLine, { maxLength: 4 }),
          fc.constantFrom('line one', '# a hash line last'),
        )
        .map(([header, c, first, rest, last]) => [
          `${key}: ${header}${c}`,
          ...[first, ...rest, last].map((l) => (l === '' ? '' : `  ${l}`)),
        ]);
      // Quoted values over several lines, each line at the margin or indented; folded into one line when read.
      const quoted = fc
        .tuple(
          fc.constantFrom('"', "'"),
          fc.constantFrom('', 'first part', 'it "is"'),
          fc.array(fc.tuple(quotedLine, fc.constantFrom('', '  ')), { minLength: 1, maxLength: 3 }),
          comment,
        )
        .map(([quote, first, rest, c]) => {
          const escape = (l: string) =>
            quote === '"' ? l.replace(/\\/g, '\\\\').replace(/"/g, '\\"') : l.replace(/'/g, "''");
          const lines = [
            `${key}: ${quote}${escape(first)}`,
            ...rest.map(([l, indent]) => (l === '' ? '' : `${indent}${escape(l)}`)),
          ];
          lines.push(`${lines.pop() as string}${quote}${c}`);
          return lines;
        });
      // Plain values over several indented lines, folded the same way.
      const folded = fc
        .tuple(
          word.filter((w) => w !== 'C#'),
          fc.array(plainLine, { minLength: 1, maxLength: 3 }),
          fc.constantFrom('continued', 'last words'),
          comment,
        )
        .map(([first, rest, last, c]) => [
          `${key}: ${first}`,
          ...rest.map((l) => (l === '' ? '' : `  ${l}`)),
          `  ${last}${c}`,
        ]);
      const list = fc
        .tuple(
          comment,
          fc.constantFrom('', '  ', '    '),
          fc.array(fc.tuple(scalar, fc.boolean()), { minLength: 1, maxLength: 3 }),
        )
        .map(([c, indent, items]) => [
          `${key}:${c}`,
          ...items.flatMap(([v, commented]) => [...(commented ? [`${indent}# between items`] : []), `${indent}- ${v}`]),
        ]);
      const flow = fc
        .tuple(
          fc.array(
            fc.oneof(
              word,
              safeAscii.map((s) => JSON.stringify(s)),
            ),
            { maxLength: 3 },
          ),
          comment,
        )
        .map(([items, c]) => [`${key}: [${items.join(', ')}]${c}`]);
      const day = fc
        .tuple(dayArb, fc.constantFrom('', '"', "'"), comment)
        .map(([d, q, c]) => [`${key}: ${q}${d}${q}${c}`]);
      if (dayKeys.has(key)) {
        return fc.oneof(
          { weight: 5, arbitrary: day },
          { weight: 1, arbitrary: scalarStyle },
          { weight: 1, arbitrary: empty },
        );
      }
      if (key === 'definition_of_done') return fc.oneof(list, flow, empty, scalarStyle);
      if (key === 'project' || key === 'learning_goal' || key === 'next_step') {
        return fc.oneof(
          { weight: 3, arbitrary: scalarStyle },
          { weight: 2, arbitrary: block },
          { weight: 2, arbitrary: quoted },
          { weight: 1, arbitrary: folded },
          { weight: 1, arbitrary: empty },
          { weight: 1, arbitrary: list },
        );
      }
      const nested = fc.tuple(scalar, comment).map(([v, c]) => [`${key}:${c}`, '  a: 1', `  b: ${v}`, '  c: [x, y]']);
      const other = fc.constantFrom<string[]>([`${key}: 42`], [`${key}: true`], [`${key}: 2026-11-02`], [`${key}: ~`]);
      return fc.oneof(scalarStyle, block, quoted, folded, list, flow, nested, other, empty);
    };
    const frontMatterOf = (linesFor: (key: string) => fc.Arbitrary<string[]>): fc.Arbitrary<string[]> =>
      fc
        .tuple(fc.shuffledSubarray([...known, ...unknown]), fc.constantFrom('---', '---', '---yaml'))
        .chain(([keys, opening]) =>
          fc
            .tuple(
              ...keys.map((key) =>
                fc.tuple(
                  linesFor(key),
                  fc.constantFrom<string[]>(
                    [],
                    [],
                    [],
                    ['# a comment'],
                    [''],
                    ['', '# section'],
                    ['  # indented comment'],
                  ),
                ),
              ),
            )
            .map((blocks) => [opening, ...blocks.flatMap(([lines, before]) => [...before, ...lines]), '---']),
        );
    const fieldArb = fc.constantFrom<CharterField>(
      'project',
      'started',
      'launchTarget',
      'launched',
      'learningGoal',
      'definitionOfDone',
      'pausedUntil',
      'nextStep',
    );
    const valueFor = (field: CharterField): fc.Arbitrary<string | readonly string[] | undefined> => {
      const remove = fc.constant(undefined);
      if (field === 'definitionOfDone') {
        return fc.oneof(
          { weight: 4, arbitrary: fc.array(textArb, { maxLength: 4 }) },
          { weight: 1, arbitrary: remove },
        );
      }
      if (field === 'project' || field === 'learningGoal' || field === 'nextStep') {
        return fc.oneof({ weight: 4, arbitrary: textArb }, { weight: 1, arbitrary: remove });
      }
      return fc.oneof({ weight: 4, arbitrary: dayArb }, { weight: 1, arbitrary: remove });
    };
    const caseOf = (frontMatterArb: fc.Arbitrary<string[]>) =>
      fc
        .record({
          frontMatter: fc.oneof(
            { weight: 6, arbitrary: frontMatterArb },
            { weight: 1, arbitrary: fc.constant(undefined) },
          ),
          eol: fc.constantFrom<Eol>('\n', '\r\n'),
          bom: fc.boolean(),
          finalNewline: fc.boolean(),
          rest: fc.constantFrom<string[]>(
            [],
            ['# uptime-bot', '', '## 2026-11-02 09:14 Phase: design'],
            ['## 2026-11-03 Decision: Use PostgreSQL', '- Status: accepted', '', 'project: not yaml here', '---'],
          ),
          edit: fieldArb.chain((field) => valueFor(field).map((value) => ({ field, value }))),
        })
        .map(({ frontMatter, eol, bom, finalNewline, rest, edit }) => {
          const lines = [...(frontMatter ?? []), ...rest];
          return {
            frontMatter,
            bom,
            edit,
            text: (bom ? BOM : '') + lines.join(eol) + (finalNewline && lines.length > 0 ? eol : ''),
          };
        });

    /** The edit stays inside the front matter, the new value reads back, and every other key and entry is as it was. */
    function assertOnlyTheKeyChanged(
      text: string,
      journal: Journal,
      bom: boolean,
      edit: { field: CharterField; value: string | readonly string[] | undefined },
      change: TextEdit,
    ): void {
      const result = applyEdits(text, [change]);
      const reread = parseJournal(result);
      assert.equal(
        reread.frontMatter.state,
        edit.value === undefined && journal.frontMatter.state === 'missing' ? 'missing' : 'ok',
        `front matter still reads: ${JSON.stringify(reread.diagnostics)}`,
      );

      // Only bytes of the front matter changed.
      const start = bom ? 1 : 0;
      if (journal.frontMatter.state === 'ok') {
        const opening = text.indexOf('\n', start) + 1;
        let closing = start;
        for (let i = 0; i < journal.frontMatter.endLine; i++) closing = text.indexOf('\n', closing) + 1;
        assert.ok(
          change.offset >= opening && change.offset + change.length <= closing,
          'the edit is inside the front matter',
        );
        assert.ok(result.startsWith(text.slice(0, opening)));
        assert.ok(result.endsWith(text.slice(closing)));
      } else if (change.text !== '') {
        assert.equal(change.offset, start);
        assert.equal(change.length, 0);
        assert.ok(result.startsWith(text.slice(0, start)) && result.endsWith(text.slice(start)));
      }

      // The new value reads back; every other key is as it was.
      const expected: Record<string, unknown> = { ...journal.charter };
      if (edit.field === 'definitionOfDone') {
        expected.definitionOfDone =
          edit.value === undefined ? [] : (edit.value as readonly string[]).map(sanitizeValue).filter((s) => s !== '');
      } else if (edit.value === undefined) {
        expected[edit.field] = undefined;
      } else {
        expected[edit.field] = sanitizeValue(edit.value as string);
      }
      assert.deepEqual(defined(reread.charter), defined(expected));
      // The entries read as before (their phases may move: `launched` decides the phase they start in).
      const withoutPhase = ({ phase: _phase, ...rest }: ReturnType<typeof shape>) => rest;
      assert.deepEqual(reread.entries.map(shape).map(withoutPhase), journal.entries.map(shape).map(withoutPhase));
    }

    it('change only the front matter, and only the one key', () => {
      check(4, 2500, caseOf(frontMatterOf(styleFor)), ({ frontMatter, bom, edit, text }) => {
        const journal = parseJournal(text);
        assert.equal(
          journal.frontMatter.state,
          frontMatter ? 'ok' : 'missing',
          `the generated front matter reads: ${JSON.stringify(journal.diagnostics)}`,
        );
        assertOnlyTheKeyChanged(text, journal, bom, edit, setCharterField(text, journal, edit.field, edit.value));
      });
    });

    it('in any front matter that reads, change only the one key or are refused with CharterNotEditableError', () => {
      // YAML that a line-by-line edit can misread: keys quoted or explicit, anchors and aliases, flow collections
      // and quoted values over lines, keys inside them, tags.
      const oddLine = fc.constantFrom(
        '"project": quoted key',
        "'started': 2026-01-01",
        '? learning_goal',
        ': explicit value',
        'anchor: &name demo',
        'alias: *name',
        'project: &p demo',
        'next_step: *p',
        'definition_of_done: [a,',
        'project: inside a flow list]',
        'extra: {a: 1,',
        'started: 2026-01-01}',
        'learning_goal: "opened',
        'project: inside quotes"',
        "note: 'it''s",
        "next_step: still quoted'",
        'project: !!str 42',
        'tags: !!seq [a]',
        'learning_goal: |',
        '  project: in a block',
        'project: x # "not a quote',
        "started: '2026-01-01' # 'q",
        '  - item',
        '- item at margin',
      );
      const oddFrontMatter = fc
        .tuple(frontMatterOf(styleFor), fc.array(fc.tuple(fc.nat(), oddLine), { minLength: 1, maxLength: 4 }))
        .map(([lines, odd]) => {
          const out = [...lines];
          for (const [at, line] of odd) out.splice(1 + (at % (out.length - 1)), 0, line);
          return out;
        });
      let refused = 0;
      let changed = 0;
      check(7, 2500, caseOf(oddFrontMatter), ({ bom, edit, text }) => {
        const journal = parseJournal(text);
        if (journal.frontMatter.state !== 'ok') return;
        let change: TextEdit;
        try {
          change = setCharterField(text, journal, edit.field, edit.value);
        } catch (error) {
          assert.ok(error instanceof CharterNotEditableError, String(error));
          refused++;
          return;
        }
        assertOnlyTheKeyChanged(text, journal, bom, edit, change);
        changed++;
      });
      assert.ok(
        refused > 0 && changed > 0,
        `refused ${refused}, changed ${changed}: both kinds of case were generated`,
      );
    });
  });

  it('parsing never fails, and what it returns is consistent', () => {
    check(5, 3000, anyTextArb, (text) => {
      const journal = parseJournal(text);
      const lines = new JournalLines(text, journal);
      assert.ok(Number.isInteger(journal.lineCount) && journal.lineCount >= 0);
      for (const d of journal.diagnostics) {
        assert.ok(
          Number.isInteger(d.line) && d.line >= 0 && d.line <= journal.lineCount,
          `diagnostic line ${d.line} of ${journal.lineCount}`,
        );
        assert.ok(['error', 'warning', 'info'].includes(d.severity));
        assert.ok(typeof d.message === 'string' && d.message.length > 0);
      }
      let previous: Entry | undefined;
      for (const e of journal.entries) {
        assert.ok((ENTRY_KINDS as readonly string[]).includes(e.kind));
        assert.match(e.date, /^\d{4}-\d{2}-\d{2}$/);
        assert.ok(e.time === undefined || /^([01]\d|2[0-3]):[0-5]\d$/.test(e.time));
        assert.ok(
          e.start >= 0 && e.start < e.end && e.end <= text.length,
          `entry [${e.start}, ${e.end}) in ${text.length}`,
        );
        assert.ok(e.bodyStart >= e.start && e.bodyStart <= e.end);
        assert.ok(e.lastLineStart !== undefined && e.lastLineStart >= e.start && e.lastLineStart < e.end);
        // Where the outline ends an entry: the parser's hint changes nothing, whatever the text.
        assert.deepEqual(
          lines.endBefore(e.line, e.start, e.endLine, e.end, e.lastLineStart),
          lines.endBefore(e.line, e.start, e.endLine, e.end),
        );
        assert.ok(e.line >= 0 && e.line < e.endLine && e.endLine <= journal.lineCount);
        assert.match(text.slice(e.start, e.start + 6), /^ {0,3}##/);
        if (previous) {
          assert.equal(previous.end, e.start, 'an entry runs to the next heading');
          assert.equal(previous.endLine, e.line);
        }
        previous = e;
      }
      if (previous) assert.equal(previous.end, text.length);
      const stats = journalStats(journal, TODAY);
      assert.equal(stats.today, TODAY);
    });
  });
});

/** The object without its undefined-valued keys. */
function defined(value: Charter | Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
