// A large, realistic journal, built deterministically: the same (entries, seed) always gives the same text,
// on any machine, in any time zone, on any day. Shared by the large-journal test and the parse benchmark.
import { appendEntry, createJournal, type AppendContext, type EntryDraft, type EntryKind } from '../../../src/core';

/** The day of the first entry; entry `i` is dated about `i / 3` days later (three entries a day). */
export const FIRST_DAY = '2016-01-04';

/** mulberry32: a small seeded PRNG. Nothing here uses Math.random or the clock. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One generator per entry, so entry `i` can be rebuilt without building the ones before it. */
function entryRandom(index: number, seed: number): () => number {
  return prng(Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b));
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `days` after `day`, computed in UTC so no time zone or DST change can move it. */
function dayAfter(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

const KINDS: readonly EntryKind[] = [
  'note',
  'note',
  'note',
  'note',
  'decision',
  'decision',
  'incident',
  'incident',
  'phase',
  'launch',
];
const PHASE_NAMES = ['design', 'build', 'deploy', 'operate', 'maintain'] as const;
const DECISIONS = [
  'Use PostgreSQL over SQLite',
  'Host in the Zürich region',
  'Keep the queue in-process',
  'Adopt OpenTelemetry for tracing',
  'Serve the 東京 mirror from a CDN',
  'Drop the ORM for plain SQL',
];
const INCIDENTS = [
  'Database disk full',
  'TLS certificate expired',
  'Pinger stuck after deploy',
  'Memory leak in the scheduler',
  'DNS misconfigured for the 東京 mirror',
  'Backups silently failing',
];
const NOTES = [
  'Weekly progress',
  'Refactored the checker',
  'Notes from a user call',
  'Read about connection pooling',
  'Cleaned up the dashboard',
  'Spike: 🚀 websocket status page',
];
const LAUNCHES = ['uptime.example.dev is live', 'v2 is live in Zürich', 'Public beta opened'];

const SENTENCES = [
  'Scope stays small: one endpoint that pings a list of URLs every minute and stores the results.',
  'Tested from Zürich, 東京, emoji 🚀 and a café in Köln; the latency graph looks naïve but honest.',
  'The migration ran in 41 seconds on the staging copy; production should take about the same.',
  'Next step is the alerting rule, then a week of watching it before anyone else relies on it.',
  'Ελληνικά, русский и العربية in the status page all render, after the font fallback fix.',
  'Wrote down the rollback plan first: restore the snapshot, replay the queue, announce the gap.',
  'Three users asked for weekly summaries; a digest email is cheaper than a dashboard for them.',
  'The cost so far is 4.20 € a month, which is fine until the retention window grows.',
];
const BLOCKS = [
  [
    '```ts',
    'const checks = await db.query("SELECT url FROM targets WHERE active");',
    'for (const { url } of checks.rows) queue.push(url);',
    '```',
  ],
  [
    '~~~sql',
    "ALTER TABLE results ADD COLUMN region text NOT NULL DEFAULT 'zürich';",
    'CREATE INDEX results_at ON results (checked_at);',
    '~~~',
  ],
  ['```bash', 'pg_dump --format=custom uptime > /backups/uptime-$(date +%F).dump', '```'],
  ['- [x] health check endpoint', '- [ ] alert on three failures in a row', '- [ ] status page for 東京'],
  [
    '### Details',
    'A heading copied from an old log keeps its text but is no entry:',
    '## 2015-06-01 Note: from the old log',
  ],
];

/** About 430 bytes of UTF-8 (450 with an incident's resolution): sentences, and now and then a code block, a list or a sub-heading. */
function body(random: () => number): string {
  const lines: string[] = [];
  let bytes = 0;
  while (bytes < 370) {
    const piece = random() < 0.3 ? [...pick(random, BLOCKS)] : [pick(random, SENTENCES)];
    if (lines.length > 0) piece.unshift('');
    lines.push(...piece);
    bytes += Buffer.byteLength(piece.join('\n'), 'utf8') + 1;
  }
  return lines.join('\n');
}

/** What entry `index` of the generated journal says (entry 0 is the journal's first `Phase: design`). */
export function generatedDraft(index: number, seed = 1): EntryDraft {
  const random = entryRandom(index, seed);
  const date = dayAfter(FIRST_DAY, Math.floor(index / 3));
  // Three entries a day, in the morning, afternoon and evening, so times never go backwards within a day.
  const hour = [8, 13, 19][index % 3] + Math.floor(random() * 4);
  const minute = Math.floor(random() * 60);
  const time = `${pad(hour)}:${pad(minute)}`;
  if (index === 0) return { kind: 'phase', date, time: '09:00', title: 'design' };
  const kind = pick(random, KINDS);
  switch (kind) {
    case 'phase':
      return { kind, date, time, title: pick(random, PHASE_NAMES), body: body(random) };
    case 'decision':
      return {
        kind,
        date,
        time,
        title: `${pick(random, DECISIONS)} (#${index})`,
        metadata: [
          ['Status', pick(random, ['accepted', 'accepted', 'proposed', 'superseded'])],
          ['Options', 'PostgreSQL, SQLite, DynamoDB'],
        ],
        body: body(random),
      };
    case 'incident': {
      const resolved = random() < 0.8;
      const severity = `SEV-${1 + Math.floor(random() * 4)}`;
      const metadata: [string, string][] = [
        ['Severity', severity],
        ['Status', resolved ? 'resolved' : pick(random, ['open', 'mitigated'])],
        ['Detected', `${date} ${time}`],
      ];
      if (resolved) {
        metadata.push(['Resolved', `${date} ${pad(Math.min(23, hour + 1))}:${pad(Math.floor(random() * 60))}`]);
      }
      return {
        kind,
        date,
        time,
        title: pick(random, INCIDENTS),
        metadata,
        body: `${body(random)}\n\n### Resolution\nRoot cause found; the fix is deployed.`,
      };
    }
    case 'launch':
      return { kind, date, time, title: pick(random, LAUNCHES), body: body(random) };
    default:
      return {
        kind,
        date,
        time,
        title: pick(random, NOTES),
        metadata: [['Tags', 'progress, ops']],
        body: body(random),
      };
  }
}

/**
 * A journal of `entries` entries (the first is the `Phase: design` entry every new journal starts with),
 * written by the core's own createJournal and appendEntry, as the extension writes one.
 */
export function generateJournal(entries: number, seed = 1): string {
  const first = generatedDraft(0, seed);
  const parts = [
    createJournal(
      {
        project: 'uptime-bot',
        learningGoal: 'Run a Postgres-backed service end to end, backups included',
        definitionOfDone: ['Public URL with TLS', 'Three people use it for 30 days'],
      },
      { date: first.date, time: first.time ?? '09:00' },
    ),
  ];
  // appendEntry looks only at the end of the text when given its context, and every entry it writes closes
  // what it opens: the last part stands in for the whole text, so building stays linear in its size.
  const context: AppendContext = { eol: '\n', openBlockAtEnd: undefined };
  for (let i = 1; i < entries; i++) parts.push(appendEntry(parts[parts.length - 1], generatedDraft(i, seed), context));
  return parts.join('');
}
