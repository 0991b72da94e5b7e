import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  addDays,
  dayToDate,
  decisionsByStatus,
  DEFAULT_MOMENTUM,
  formatDuration,
  incidents,
  journalStats,
  milestones,
  momentum,
  parseJournal,
} from '../../../../src/core';
import { inTimeZone } from '../../timeZone';

const example = parseJournal(
  fs.readFileSync(path.join(__dirname, '../../../../../test/fixtures/journals/format-example.md'), 'utf8'),
);

/** A journal with the given number of notes on each day. */
function journalWith(
  started: string,
  perDay: Record<string, number>,
  charterExtra = '',
): ReturnType<typeof parseJournal> {
  const lines = ['---', `started: ${started}`, charterExtra, '---'];
  for (const [day, n] of Object.entries(perDay)) for (let i = 0; i < n; i++) lines.push(`## ${day} Note: n${i}`);
  return parseJournal(lines.join('\n'));
}

describe('momentum', () => {
  it('counts entries per ISO week, Monday first, from the first week to today', () => {
    const m = momentum(example, '2026-11-24');
    assert.deepEqual(m.weeks, [
      { start: '2026-11-02', count: 2, commitDays: 0 },
      { start: '2026-11-09', count: 0, commitDays: 0 },
      { start: '2026-11-16', count: 2, commitDays: 0 },
      { start: '2026-11-23', count: 0, commitDays: 0 },
    ]);
    assert.deepEqual(
      [m.lastEntryOn, m.daysSinceLastEntry, m.recentCount, m.bestCount, m.stale, m.drop],
      ['2026-11-22', 2, 2, 2, false, false],
    );
  });

  // Zones whose DST changes fall at midnight (Santiago, Beirut, Havana) as well as the usual ones.
  for (const zone of [
    'Europe/Berlin',
    'America/Santiago',
    'Asia/Beirut',
    'America/Havana',
    'Australia/Lord_Howe',
    'Pacific/Apia',
  ]) {
    it(`gives every week of seven years its Monday, across every DST change, in ${zone}`, () => {
      inTimeZone(zone, () => {
        const m = momentum(journalWith('2019-12-30', { '2019-12-31': 1, '2026-11-20': 1 }), '2026-11-24');
        assert.equal(m.weeks.length, 361);
        assert.deepEqual([m.weeks[0].start, m.weeks[m.weeks.length - 1].start], ['2019-12-30', '2026-11-23']);
        m.weeks.forEach((week, i) => {
          assert.equal(week.start, addDays('2019-12-30', 7 * i));
          assert.equal(dayToDate(week.start).getDay(), 1, week.start);
        });
        assert.deepEqual(
          m.weeks.filter((w) => w.count > 0).map((w) => w.start),
          ['2019-12-30', '2026-11-16'],
        );
      });
    });
  }

  it('is stale after nudge.afterDays without an entry, and a drop since the day after the last one', () => {
    const at13 = momentum(example, '2026-12-05');
    const at14 = momentum(example, '2026-12-06');
    assert.deepEqual([at13.stale, at13.drop], [false, false]);
    assert.deepEqual(
      [at14.stale, at14.drop, at14.dropSince, at14.spell],
      [true, true, '2026-11-23', 'quiet-since:2026-11-22'],
    );
    assert.equal(momentum(example, '2026-12-06', { ...DEFAULT_MOMENTUM, nudgeAfterDays: 0 }).stale, false);
  });

  it('sees the enthusiasm drop: recent pace at a quarter of the best or less, once the best had 4 entries', () => {
    // 8 entries in the first two weeks, then 2 in the last 14 days: 2/8 = 0.25.
    const journal = journalWith('2026-01-01', { '2026-01-02': 4, '2026-01-09': 4, '2026-02-10': 1, '2026-02-20': 1 });
    const m = momentum(journal, '2026-02-21');
    assert.deepEqual(
      [m.recentCount, m.bestCount, m.ratio, m.stale, m.drop, m.dropSince],
      [2, 8, 0.25, false, true, '2026-02-08'],
    );
    // Three a fortnight is no drop against a best of three: a quiet start is not an enthusiasm drop.
    const quiet = journalWith('2026-01-01', { '2026-01-02': 3, '2026-02-20': 0, '2026-02-19': 1 });
    assert.equal(momentum(quiet, '2026-02-21').drop, false);
  });

  it('never reports a drop while paused, through the last paused day', () => {
    const paused = journalWith('2026-01-01', { '2026-01-02': 5 }, 'paused_until: 2026-03-01');
    assert.deepEqual([momentum(paused, '2026-03-01').paused, momentum(paused, '2026-03-01').drop], [true, false]);
    assert.deepEqual([momentum(paused, '2026-03-02').paused, momentum(paused, '2026-03-02').drop], [false, true]);
  });

  it('leaves out an entry dated more than a year before `started`, so a typo in its year does not stretch the weeks', () => {
    const journal = parseJournal(
      '---\nstarted: 2026-01-05\n---\n## 0226-01-02 Note: typo\n## 2025-12-29 Note: a week before\n## 2026-01-06 Note: a\n',
    );
    const m = momentum(journal, '2026-01-20');
    assert.deepEqual(m.weeks, [
      { start: '2025-12-29', count: 1, commitDays: 0 },
      { start: '2026-01-05', count: 1, commitDays: 0 },
      { start: '2026-01-12', count: 0, commitDays: 0 },
      { start: '2026-01-19', count: 0, commitDays: 0 },
    ]);
    assert.deepEqual([m.bestCount, m.lastEntryOn], [2, '2026-01-06']);
  });

  it('leaves out an entry more than a year before or after both entries around it', () => {
    const journal = parseJournal('## 2026-01-05 Note: a\n## 0226-01-02 Note: typo\n## 2026-01-06 Note: b\n');
    assert.deepEqual(momentum(journal, '2026-01-12').weeks, [
      { start: '2026-01-05', count: 2, commitDays: 0 },
      { start: '2026-01-12', count: 0, commitDays: 0 },
    ]);
  });

  it('covers at most the last twenty years, whatever the first day', () => {
    const journal = parseJournal('## 0226-01-02 Note: typo, and no `started` to tell\n## 2026-11-20 Note: a\n');
    const m = momentum(journal, '2026-11-24');
    // From the Monday of 2006-11-24, twenty years before today.
    assert.deepEqual(
      [m.weeks[0].start, m.weeks[m.weeks.length - 1].start, m.weeks.length],
      ['2006-11-20', '2026-11-23', 1045],
    );
    assert.deepEqual(
      m.weeks.filter((w) => w.count > 0),
      [{ start: '2026-11-16', count: 1, commitDays: 0 }],
    );
  });

  it('ignores entries dated after today', () => {
    const journal = journalWith('2026-01-01', { '2026-01-02': 1, '2026-05-01': 1 });
    const m = momentum(journal, '2026-01-03');
    assert.deepEqual([m.lastEntryOn, m.recentCount, m.weeks.length], ['2026-01-02', 1, 1]);
  });
});

describe('incidents, decisions and milestones', () => {
  const text = [
    '---',
    'started: 2026-01-01',
    'launch_target: 2026-01-31',
    '---',
    '## 2026-01-10 Decision: a',
    '## 2026-01-11 Decision: b',
    '- Status: superseded',
    '## 2026-01-12 Decision: c',
    '- Status: Rejected',
    '## 2026-02-05 Launch: live',
    '## 2026-03-28 23:30 Incident: night outage',
    '- Severity: SEV-3',
    '- Status: resolved',
    '- Resolved: 2026-03-29 04:00',
    '## 2026-04-01 09:00 Incident: slow pages',
    '- Severity: SEV-4',
    '- Status: mitigated',
    '## 2026-04-02 10:00 Incident: db down',
    '- Severity: SEV-1',
    '- Detected: 2026-04-02 09:50',
  ].join('\n');

  it('times resolution in real minutes across a DST night, and lists open incidents worst first', () => {
    inTimeZone('Europe/Berlin', () => {
      const stats = incidents(parseJournal(text));
      // 23:30 to 04:00 is 4.5 hours on the clock but 3.5 hours of real time: clocks went forward at 02:00.
      assert.deepEqual(
        stats.resolved.map((i) => [i.entry.title, i.minutesToResolve]),
        [['night outage', 210]],
      );
      assert.equal(stats.meanMinutesToResolve, 210);
      assert.deepEqual(
        stats.open.map((i) => [i.entry.title, i.status, i.severity, i.detected]),
        [
          ['db down', 'open', 'SEV-1', '2026-04-02 09:50'],
          ['slow pages', 'mitigated', 'SEV-4', '2026-04-01 09:00'],
        ],
      );
    });
  });

  it('counts decisions by status, a missing status as accepted', () => {
    assert.deepEqual(decisionsByStatus(parseJournal(text)), {
      proposed: 0,
      accepted: 1,
      rejected: 1,
      deprecated: 0,
      superseded: 1,
    });
  });

  it('marks production against the target, the first resolved incident and 30 and 90 days in production', () => {
    const journal = parseJournal(text);
    assert.deepEqual(milestones(journal, '2026-05-05', '2026-01-31'), [
      { id: 'production', on: '2026-02-05', label: 'Reached production on day 36, 5 days after the target' },
      { id: 'production-30', on: '2026-03-06', label: '30 days in production' },
      { id: 'first-incident-resolved', on: '2026-03-29', label: 'First incident resolved: night outage' },
      { id: 'production-90', on: '2026-05-05', label: '90 days in production' },
    ]);
    assert.deepEqual(
      milestones(journal, '2026-05-04', '2026-01-31').map((m) => m.id),
      ['production', 'production-30', 'first-incident-resolved'],
    );
  });

  it('names the first resolved incident by its title as people read it, unescaped', () => {
    const resolved = '## 2026-03-01 10:00 Incident: lost build \\#\n- Status: resolved\n';
    const labels = milestones(parseJournal(resolved), '2026-03-02', undefined).map((m) => m.label);
    assert.deepEqual(labels, ['First incident resolved: lost build #']);
  });

  it('puts it all together for a day', () => {
    const stats = journalStats(example, '2026-11-24');
    assert.deepEqual(
      [
        stats.lifecycle.daysInProduction,
        stats.incidents.meanMinutesToResolve,
        stats.decisions.accepted,
        stats.milestones.map((m) => m.id),
      ],
      [5, 90, 1, ['production', 'first-incident-resolved']],
    );
  });

  it('formats durations for people', () => {
    assert.deepEqual([45, 90, 60, 24 * 60 + 130, 3 * 24 * 60].map(formatDuration), [
      '45 min',
      '1 h 30 min',
      '1 h',
      '1 d 2 h',
      '3 d',
    ]);
  });
});
