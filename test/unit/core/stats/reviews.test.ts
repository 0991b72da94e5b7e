import * as assert from 'node:assert/strict';
import {
  applyEdits,
  dueReviews,
  isReviewDue,
  journalStats,
  parseJournal,
  proposedReviewDay,
  reviewDecision,
  InvalidEntryError,
  type Verdict,
} from '../../../../src/core';
import { inTimeZone } from '../../timeZone';

const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Apia', 'UTC'];

/** The review day counted without any time zone: whole days on UTC dates. */
function modelAddDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

const decision = (metadata: string[]) =>
  ['## 2026-01-31 21:05 Decision: Use PostgreSQL', ...metadata, '', 'Why.', ''].join('\n');

describe('decision reviews', () => {
  // Month ends (31 to 30-day months, February, the year's end), a leap day, and each zone's DST changes.
  const cases: [string, number][] = [
    ['2026-01-31', 30],
    ['2026-01-31', 28],
    ['2026-12-31', 90],
    ['2027-12-02', 90],
    ['2028-02-28', 1],
    ['2026-03-28', 1], // Berlin springs forward on Mar 29
    ['2026-03-07', 1], // New York on Mar 8
    ['2026-10-31', 1], // New York falls back on Nov 1
    ['2026-10-24', 1], // Berlin on Oct 25
    ['2026-04-04', 1], // Lord Howe's half hour back on Apr 5
    ['2026-10-03', 1], // and forward on Oct 4
    ['2026-08-25', 90],
  ];

  for (const zone of ZONES) {
    it(`proposes the review day in whole calendar days across month ends and DST (${zone})`, () => {
      inTimeZone(zone, () => {
        for (const [day, n] of cases) assert.equal(proposedReviewDay(day, n), modelAddDays(day, n), `${day} + ${n}`);
        assert.equal(proposedReviewDay('2026-11-24', 0), undefined, '0 never asks');
      });
    });

    it(`is due from the review day on, not the day before (${zone})`, () => {
      inTimeZone(zone, () => {
        for (const [day, n] of cases) {
          const review = proposedReviewDay(day, n) as string;
          const journal = parseJournal(decision([`- Review: ${review}`]));
          const entry = journal.entries[0];
          assert.equal(isReviewDue(entry, modelAddDays(review, -1)), false, `the day before ${review}`);
          assert.equal(isReviewDue(entry, review), true, review);
          assert.equal(isReviewDue(entry, modelAddDays(review, 40)), true, `after ${review}`);
        }
      });
    });
  }

  it('is no longer due once reviewed on or after the review day; a new, later review day makes it due again', () => {
    const due = (metadata: string[], today: string) => isReviewDue(parseJournal(decision(metadata)).entries[0], today);
    assert.equal(due(['- Review: 2026-03-01', '- Reviewed: 2026-03-02', '- Verdict: keep'], '2026-04-01'), false);
    assert.equal(due(['- Review: 2026-03-01', '- Reviewed: 2026-03-01'], '2026-04-01'), false);
    assert.equal(due(['- Review: 2026-03-01', '- Reviewed: 2026-02-20'], '2026-04-01'), true);
    assert.equal(due(['- Review: 2026-06-01', '- Reviewed: 2026-03-02'], '2026-06-01'), true);
    // Hand-written in any case, with a time after the day.
    assert.equal(due(['- review: 2026-03-01 09:00', '- REVIEWED: 2026-03-05 10:00'], '2026-04-01'), false);
    // Superseded: replaced, so never due; no review day, or one that is not a day: never due.
    assert.equal(due(['- Status: superseded', '- Review: 2026-03-01'], '2026-04-01'), false);
    assert.equal(due([], '2030-01-01'), false);
    assert.equal(due(['- Review: soon'], '2030-01-01'), false);
    assert.equal(due(['- Review: 2026-02-30'], '2030-01-01'), false);
  });

  it('lists due reviews longest waiting first, in the stats', () => {
    const text = [
      '## 2026-01-01 Decision: B',
      '- Review: 2026-03-02',
      '',
      '## 2026-01-02 Decision: A',
      '- Review: 2026-03-01',
      '',
      '## 2026-01-03 Decision: not yet',
      '- Review: 2026-05-01',
      '',
      '## 2026-01-04 Note: Review: 2026-01-01',
      '',
    ].join('\n');
    const journal = parseJournal(text);
    assert.deepEqual(
      dueReviews(journal, '2026-04-01').map((r) => [r.entry.title, r.reviewOn]),
      [
        ['A', '2026-03-01'],
        ['B', '2026-03-02'],
      ],
    );
    assert.deepEqual(
      journalStats(journal, '2026-04-01').reviewsDue.map((r) => r.entry.title),
      ['A', 'B'],
    );
  });

  describe('Review Decision writes the documented bytes', () => {
    const text = [
      '---',
      'project: p',
      '---',
      '',
      '## 2026-01-31 21:05 Decision: Use PostgreSQL',
      '- status: accepted',
      '- Review: 2026-04-30',
      '',
      'Why.  ',
      '',
      '## 2026-02-01 Note: after',
      '',
    ].join('\n');
    const review = (verdict: Verdict, learned?: string, source = text) => {
      const journal = parseJournal(source);
      return applyEdits(
        source,
        reviewDecision(source, journal, journal.entries[0], { date: '2026-05-02', verdict, learned }),
      );
    };

    for (const verdict of ['keep', 'revisit', 'reverse'] as const) {
      it(verdict, () => {
        assert.equal(
          review(verdict, 'Backups took an evening to set up.\nWorth it.'),
          [
            '---',
            'project: p',
            '---',
            '',
            '## 2026-01-31 21:05 Decision: Use PostgreSQL',
            '- status: accepted',
            '- Review: 2026-04-30',
            '- Reviewed: 2026-05-02',
            `- Verdict: ${verdict}`,
            '',
            'Why.  ',
            '',
            '### Outcome',
            'Backups took an evening to set up.',
            'Worth it.',
            '',
            '## 2026-02-01 Note: after',
            '',
          ].join('\n'),
        );
      });
    }

    it('in a CRLF journal, with CRLF; a second review replaces the lines and adds its outcome', () => {
      const crlf = text.replace(/\n/g, '\r\n');
      const once = review('revisit', 'Too early to say', crlf);
      const twice = review('keep', 'Held up', once);
      assert.equal(
        twice,
        [
          '---',
          'project: p',
          '---',
          '',
          '## 2026-01-31 21:05 Decision: Use PostgreSQL',
          '- status: accepted',
          '- Review: 2026-04-30',
          '- Reviewed: 2026-05-02',
          '- Verdict: keep',
          '',
          'Why.  ',
          '',
          '### Outcome',
          'Too early to say',
          '',
          '### Outcome',
          'Held up',
          '',
          '## 2026-02-01 Note: after',
          '',
        ].join('\r\n'),
      );
    });

    it('without what was learned, only the two lines; a note or a wrong verdict is refused', () => {
      assert.ok(review('keep').includes('- Reviewed: 2026-05-02\n- Verdict: keep\n\nWhy.  \n\n## 2026-02-01'));
      const journal = parseJournal(text);
      assert.throws(
        () => reviewDecision(text, journal, journal.entries[1], { date: '2026-05-02', verdict: 'keep' }),
        InvalidEntryError,
      );
      assert.throws(
        () => reviewDecision(text, journal, journal.entries[0], { date: '2026-05-02', verdict: 'maybe' as Verdict }),
        /not a verdict/,
      );
    });
  });
});
