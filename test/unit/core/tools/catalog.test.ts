import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import {
  appendEntry,
  entryBody,
  findEntriesTool,
  getStatusTool,
  logDecisionTool,
  logIncidentTool,
  logNoteTool,
  parseJournal,
  TOOLS,
  type QueryContext,
} from '../../../../src/core';

const example = fs.readFileSync(
  path.join(__dirname, '../../../../../examples/uptime-bot/.sideproject/journal.md'),
  'utf8',
);
const now = { date: '2026-11-24', time: '10:30' };
const context = (text: string, today = '2026-11-24'): QueryContext => ({
  text,
  journal: parseJournal(text),
  today,
  launchTargetDays: 30,
  nudgeAfterDays: 14,
});

describe('the agent tool catalog', () => {
  it('lists five tools with unique names in both naming schemes and closed schemas', () => {
    assert.deepEqual(
      TOOLS.map((t) => [t.name, t.mcpName]),
      [
        ['sideProject_logDecision', 'log_decision'],
        ['sideProject_logIncident', 'log_incident'],
        ['sideProject_logNote', 'log_note'],
        ['sideProject_findEntries', 'find_entries'],
        ['sideProject_getStatus', 'get_status'],
      ],
    );
    for (const t of TOOLS) {
      assert.equal(t.inputSchema.additionalProperties, false);
      for (const key of t.inputSchema.required) {
        assert.ok(key in t.inputSchema.properties, `${t.name}: required ${key} is a property`);
      }
      assert.ok(t.description.length > 80, `${t.name} tells a model when to use it`);
    }
  });

  describe('validation', () => {
    it('types valid input: trims strings, matches enums in any case, drops empty strings', () => {
      assert.deepEqual(
        logIncidentTool.validate({ title: '  Disk full ', severity: 'sev-2', detected: '2026-11-24 02:10', body: '' }),
        {
          ok: true,
          value: { title: 'Disk full', severity: 'SEV-2', detected: '2026-11-24 02:10' },
        },
      );
      assert.deepEqual(findEntriesTool.validate({ kind: 'Decision', limit: 5 }), {
        ok: true,
        value: { kind: 'decision', limit: 5 },
      });
      assert.deepEqual(getStatusTool.validate(undefined), { ok: true, value: {} });
    });

    it('refuses with one clear sentence: missing, unknown key, wrong type, bad enum, bad date, out of range', () => {
      const error = (result: { ok: boolean; error?: string }) => (result.ok ? 'accepted' : result.error);
      assert.equal(
        error(logDecisionTool.validate({})),
        '`title` is required: The decision, one line, e.g. "Use SQLite over PostgreSQL".',
      );
      assert.equal(
        error(logDecisionTool.validate({ title: '   ' })),
        '`title` is required: The decision, one line, e.g. "Use SQLite over PostgreSQL".',
      );
      assert.equal(
        error(logNoteTool.validate({ title: 'x', mood: 'great' })),
        'Unknown key `mood`; the keys are `title`, `body`.',
      );
      assert.equal(error(logNoteTool.validate({ title: 42 })), '`title` must be a string.');
      assert.equal(
        error(logIncidentTool.validate({ title: 'x', severity: 'SEV-5' })),
        '`severity` must be one of SEV-1, SEV-2, SEV-3, SEV-4.',
      );
      assert.equal(
        error(logIncidentTool.validate({ title: 'x', detected: 'yesterday' })),
        '`detected` must be a local time written YYYY-MM-DD HH:mm.',
      );
      assert.equal(error(findEntriesTool.validate({ from: '2026-02-30' })), '`from` must be a day written YYYY-MM-DD.');
      assert.equal(error(findEntriesTool.validate({ limit: 0 })), '`limit` must be an integer from 1 to 100.');
      assert.equal(error(findEntriesTool.validate({ limit: '5' })), '`limit` must be an integer from 1 to 100.');
      assert.equal(error(logNoteTool.validate([])), 'The input must be an object.');
      assert.equal(error(logNoteTool.validate('title')), 'The input must be an object.');
      assert.equal(
        error(logDecisionTool.validate({ title: 'x', status: 'superseded' })),
        '`status` must be one of proposed, accepted, rejected, deprecated.',
      );
      assert.equal(error(logNoteTool.validate({ title: 'x'.repeat(201) })), '`title` must be at most 200 characters.');
    });

    it('never throws: any value either validates to the schema or is refused with a message', () => {
      const anything = fc.oneof(
        fc.anything(),
        fc.dictionary(
          fc.constantFrom('title', 'body', 'severity', 'detected', 'kind', 'limit', 'from', 'status', 'x'),
          fc.anything(),
        ),
      );
      fc.assert(
        fc.property(anything, fc.constantFrom(...TOOLS), (input, t) => {
          const result = t.validate(input);
          if (!result.ok) {
            assert.equal(typeof result.error, 'string');
            assert.ok(result.error.length > 0);
            return;
          }
          for (const [key, value] of Object.entries(result.value as Record<string, unknown>)) {
            const property = t.inputSchema.properties[key];
            assert.ok(property, `${key} is in the schema`);
            assert.equal(typeof value, property.type === 'integer' ? 'number' : 'string');
          }
          for (const key of t.inputSchema.required) assert.ok(key in (result.value as object));
        }),
        { seed: 20261130, numRuns: 3000 },
      );
    });
  });

  describe('writing tools', () => {
    it('draft entries in the same form as the commands, which round-trip through the file', () => {
      const decision = logDecisionTool.validate({
        title: 'Use SQLite',
        body: 'The load is tiny.\nRevisit at 1,000 users.',
        options: 'SQLite, PostgreSQL',
      });
      assert.ok(decision.ok);
      const added = appendEntry(example, logDecisionTool.draft(decision.value, now));
      assert.equal(
        added,
        '\n## 2026-11-24 10:30 Decision: Use SQLite\n- Status: accepted\n- Options: SQLite, PostgreSQL\n\nThe load is tiny.\nRevisit at 1,000 users.\n',
      );
      const incident = logIncidentTool.validate({ title: 'Disk full' });
      assert.ok(incident.ok);
      assert.deepEqual(logIncidentTool.draft(incident.value, now).metadata, [
        ['Severity', 'SEV-3'],
        ['Status', 'open'],
        ['Detected', '2026-11-24 10:30'],
      ]);
      const written = parseJournal(example + added);
      const last = written.entries.at(-1)!;
      assert.equal(entryBody(example + added, last), 'The load is tiny.\nRevisit at 1,000 users.');
    });
  });

  describe('find_entries', () => {
    it('answers "what did we decide about postgres" with the decision and its rationale', () => {
      const args = findEntriesTool.validate({ words: 'postgres', kind: 'decision' });
      assert.ok(args.ok);
      const found = findEntriesTool.run(args.value, context(example));
      assert.equal(found.total, 1);
      const [decision] = found.entries;
      assert.equal(decision.title, 'Use PostgreSQL over SQLite');
      assert.equal(decision.status, 'accepted');
      assert.equal(decision.date, '2026-10-13');
      assert.equal(decision.line, 22);
      assert.deepEqual(decision.metadata, { Status: 'accepted', Options: 'PostgreSQL, SQLite, a JSON file' });
      assert.match(decision.body, /Running my own Postgres, with backups I have\nactually restored/);
    });

    it('filters by kind, status, phase and dates, newest first, bounded with a total', () => {
      const run = (input: object) => {
        const args = findEntriesTool.validate(input);
        assert.ok(args.ok, JSON.stringify(args));
        return findEntriesTool.run(args.value, context(example));
      };
      const decisions = run({ kind: 'decision' });
      assert.deepEqual(
        decisions.entries.map((e) => e.date),
        [...decisions.entries.map((e) => e.date)].sort().reverse(),
      );
      assert.deepEqual(
        run({ status: 'proposed' }).entries.map((e) => e.title),
        ['Store check results for 30 days only'],
      );
      assert.ok(run({ phase: 'build' }).entries.every((e) => e.phase === 'build'));
      assert.deepEqual(
        run({ from: '2026-10-13', to: '2026-10-15' }).entries.map((e) => e.date),
        ['2026-10-15', '2026-10-13'],
      );
      const one = run({ limit: 1 });
      assert.equal(one.entries.length, 1);
      assert.equal(one.total, parseJournal(example).entries.length);
      assert.equal(run({ words: 'no such words anywhere' }).total, 0);
    });
  });

  describe('get_status', () => {
    it('gives the charter, the phase and its day, production days, incidents, momentum and proposed decisions', () => {
      const status = getStatusTool.run({}, context(example, '2026-11-24'));
      assert.equal(status.project, 'uptime-bot');
      assert.equal(status.learningGoal, 'Run a Postgres-backed service end to end, backups and on-call included');
      assert.deepEqual(status.definitionOfDone, [
        'Public URL with TLS',
        'Three people use it for 30 days',
        'A restore from backup, rehearsed once',
      ]);
      assert.equal(status.launchTarget, '2026-11-11');
      assert.deepEqual(status.proposedDecisions, [
        { date: '2026-10-24', title: 'Store check results for 30 days only' },
      ]);
      // Launched 2026-11-09, the launch day being day 1: the 24th is day 16 of production and of Operate.
      assert.equal(status.launched, '2026-11-09');
      assert.equal(status.phase, 'operate');
      assert.equal(status.dayOfPhase, 16);
      assert.equal(status.daysInProduction, 16);
      assert.deepEqual(status.openIncidents, [
        { title: 'Database disk full', severity: 'SEV-2', detected: '2026-11-20 02:10' },
      ]);
      // The 11-14 note and the 11-20 incident fall in the last 14 days; the last entry was 4 days ago.
      assert.deepEqual(status.momentum, {
        entriesLast14Days: 2,
        bestFortnight: 6,
        daysSinceLastEntry: 4,
        quiet: false,
        drop: false,
        pausedUntil: undefined,
      });
      assert.equal(status.decisions.accepted, 2);
      assert.equal(status.nextStep, undefined);
    });
  });
});
