import * as assert from 'node:assert/strict';
import { differenceInCalendarDays } from 'date-fns';
import * as fc from 'fast-check';
import {
  addDays,
  dayToDate,
  daysBetween,
  isCalendarDay,
  isWallTime,
  localInstant,
  parseDayAndTime,
  toCalendarDay,
  toWallTime,
} from '../../../../src/core';
import { inTimeZone } from '../../timeZone';

describe('calendar days', () => {
  it('knows which days exist, leap days included', () => {
    assert.deepEqual(
      [
        '2024-02-29',
        '2026-02-29',
        '2100-02-29',
        '2000-02-29',
        '2026-04-31',
        '2026-12-31',
        '2026-13-01',
        '2026-1-01',
      ].map(isCalendarDay),
      [true, false, false, true, false, true, false, false],
    );
  });

  it('knows which times exist', () => {
    assert.deepEqual(
      ['00:00', '23:59', '24:00', '12:60', '9:30', '09:3', '09-30', '０9:30', ' 09:30'].map(isWallTime),
      [true, true, false, false, false, false, false, false, false],
    );
  });

  it('splits a day and time written with a space or a T, and nothing else', () => {
    assert.deepEqual(parseDayAndTime(' 2026-11-24 10:30 '), { day: '2026-11-24', time: '10:30' });
    assert.deepEqual(parseDayAndTime('2026-11-24T10:30'), { day: '2026-11-24', time: '10:30' });
    assert.deepEqual(parseDayAndTime('2026-11-24'), { day: '2026-11-24', time: undefined });
    for (const wrong of [
      '2026-11-24  10:30',
      '2026-11-24 10:30:00',
      '2026-11-24x10:30',
      '2026-11-24 T10:30',
      '2026-02-30 10:00',
      '2026-11-24 24:00',
      '2026-11-24 9:30',
      '26-11-24',
      '',
    ]) {
      assert.equal(parseDayAndTime(wrong), undefined, wrong);
    }
  });

  const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Apia', 'UTC'];
  // From ISO strings: Date.UTC would read year 1 as 1901.
  const anyDay = fc
    .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const earlyDay = fc
    .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('0400-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  /** Two days far apart or close together (across this year's DST changes, in every zone here). */
  const twoDays = fc.oneof(
    fc.tuple(anyDay, anyDay),
    fc.tuple(earlyDay, anyDay),
    fc
      .tuple(fc.integer({ min: 0, max: 730 }), fc.integer({ min: -3, max: 3 }))
      .map(([n, d]) => [addDays('2026-01-01', n), addDays('2026-01-01', n + d)] as const),
  );

  for (const zone of ZONES) {
    it(`counts the days between any two days as date-fns does on their local midnights, in ${zone}`, () => {
      inTimeZone(zone, () => {
        fc.assert(
          fc.property(twoDays, ([from, to]) => {
            assert.equal(daysBetween(from, to), differenceInCalendarDays(dayToDate(to), dayToDate(from)));
          }),
          { seed: 20261124, numRuns: 500 },
        );
      });
    });

    it(`counts a DST change as one calendar day in ${zone}`, () => {
      inTimeZone(zone, () => {
        assert.equal(daysBetween('2026-03-28', '2026-03-30'), 2);
        assert.equal(daysBetween('2026-10-24', '2026-10-26'), 2);
        assert.equal(daysBetween('2026-11-01', '2026-11-02'), 1);
        assert.equal(addDays('2026-03-08', 1), '2026-03-09');
        assert.equal(addDays('2026-10-25', 1), '2026-10-26');
        assert.equal(addDays('2026-04-05', 1), '2026-04-06');
      });
    });
  }

  it('crosses month ends, year ends and leap days', () => {
    assert.equal(addDays('2026-01-31', 1), '2026-02-01');
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addDays('2028-02-29', 1), '2028-03-01');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(daysBetween('2028-02-01', '2028-03-01'), 29);
    assert.equal(daysBetween('2027-02-01', '2027-03-01'), 28);
    assert.equal(daysBetween('2026-12-31', '2026-01-01'), -364);
  });

  it('reads days in years 1 to 99 as those years, not the 1900s', () => {
    const instant = localInstant('0050-03-01', '10:30');
    assert.ok(instant);
    assert.deepEqual(
      [instant.getFullYear(), instant.getMonth(), instant.getDate(), instant.getHours(), instant.getMinutes()],
      [50, 2, 1, 10, 30],
    );
    assert.equal(toCalendarDay(dayToDate('0001-01-01')), '0001-01-01');
    assert.equal(daysBetween('0099-12-31', '0100-01-01'), 1);
  });

  it('gives the local day and time of an instant on both sides of midnight', () => {
    inTimeZone('America/Los_Angeles', () => {
      const beforeMidnight = new Date(2026, 10, 24, 23, 59, 59);
      const afterMidnight = new Date(2026, 10, 25, 0, 0, 0);
      assert.deepEqual([toCalendarDay(beforeMidnight), toWallTime(beforeMidnight)], ['2026-11-24', '23:59']);
      assert.deepEqual([toCalendarDay(afterMidnight), toWallTime(afterMidnight)], ['2026-11-25', '00:00']);
      // 07:30 UTC is still the previous evening in California.
      assert.equal(toCalendarDay(new Date(Date.UTC(2026, 10, 25, 7, 30))), '2026-11-24');
    });
  });

  it('reads a local time across a DST change as real elapsed time', () => {
    inTimeZone('Europe/Berlin', () => {
      // 2026-03-29 02:00 does not exist in Berlin: 01:30 to 03:30 is one real hour.
      const a = localInstant('2026-03-29', '01:30');
      const b = localInstant('2026-03-29', '03:30');
      assert.ok(a && b);
      assert.equal((b.getTime() - a.getTime()) / 60_000, 60);
    });
  });
});
