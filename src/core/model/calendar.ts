// Calendar days are strings in the user's local calendar. Reading `2026-11-02` as a JavaScript Date means
// UTC midnight, which is the previous evening west of Greenwich: every conversion to an instant here builds
// local dates (new Date(y, m, d)), and stepping by days is date-fns's, which counts calendar days, not
// 24-hour spans. date-fns's format and parse are not used: with their locale tables they would double the
// bundle.
import { addDays as addDaysToDate, addYears as addYearsToDate } from 'date-fns';
import { COLON, DASH, DIGIT_ZERO, isAsciiDigit, LATIN_CAPITAL_T, SPACE } from './charCode';
import type { CalendarDay, WallTime } from './types';

/**
 * The number the digits at `from` up to `to` spell, or -1 when any of them is not a digit. Shapes are checked
 * code unit by code unit, not with regular expressions: the parser checks every entry heading's day and
 * time, and the stats count days between thousands of them.
 */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isAsciiDigit(c)) return -1;
    n = n * 10 + c - DIGIT_ZERO;
  }
  return n;
}

/** True for a real `YYYY-MM-DD` day (no 2026-02-30). */
export function isCalendarDay(value: unknown): value is CalendarDay {
  if (
    typeof value !== 'string' ||
    value.length !== 10 ||
    value.charCodeAt(4) !== DASH ||
    value.charCodeAt(7) !== DASH
  ) {
    return false;
  }
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  // Year 0000 is no day the calendar can count with: date-fns reads years from 1 (so every stats function
  // failed on an entry dated 0000), and Date takes year 0 as 1900 (so 0000-02-29 was no day either).
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function isWallTime(value: unknown): value is WallTime {
  if (typeof value !== 'string' || value.length !== 5 || value.charCodeAt(2) !== COLON) return false;
  const hours = digits(value, 0, 2);
  const minutes = digits(value, 3, 5);
  return hours >= 0 && hours < 24 && minutes >= 0 && minutes < 60;
}

function daysInMonth(year: number, month: number): number {
  return month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

const MS_PER_DAY = 86_400_000;
/** 400 Gregorian years: the calendar repeats after them, and they are a whole number of days. */
const GREGORIAN_CYCLE_YEARS = 400;

/**
 * A count of days that grows by one from each calendar day to the next: only differences between two such
 * numbers mean anything. A day's position in UTC, where no day is 23 or 25 hours long, so a local DST change
 * cannot shift it. Shifted by one Gregorian cycle, because Date.UTC reads years 0 to 99 as 1900 to 1999.
 */
function dayNumber(day: CalendarDay): number {
  return Date.UTC(digits(day, 0, 4) + GREGORIAN_CYCLE_YEARS, digits(day, 5, 7) - 1, digits(day, 8, 10)) / MS_PER_DAY;
}

/** A local date and time of a calendar day, built in one step (each setter computes the zone offset again). */
function localDate(day: CalendarDay, hours: number, minutes: number): Date {
  const year = digits(day, 0, 4);
  const monthIndex = digits(day, 5, 7) - 1;
  const date = digits(day, 8, 10);
  const local = new Date(year, monthIndex, date, hours, minutes);
  // The Date constructor reads years 0 to 99 as 1900 to 1999.
  if (year < 100) local.setFullYear(year, monthIndex, date);
  return local;
}

/** Local midnight of a calendar day. */
export function dayToDate(day: CalendarDay): Date {
  return localDate(day, 0, 0);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of an instant. */
export function toCalendarDay(instant: Date): CalendarDay {
  return `${String(instant.getFullYear()).padStart(4, '0')}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** The local wall-clock time of an instant, to the minute. */
export function toWallTime(instant: Date): WallTime {
  return `${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}

/**
 * Whole calendar days from `from` to `to` (negative when `to` is earlier); DST days count as one. The same
 * count as date-fns's differenceInCalendarDays on the two local midnights (a unit test compares them), at a
 * fraction of its cost: that one reads the time zone offset of both dates on every call.
 */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  return toCalendarDay(addDaysToDate(dayToDate(day), days));
}

/** The same day `years` later (earlier when negative); 29 February becomes 28 February outside leap years. */
export function addYears(day: CalendarDay, years: number): CalendarDay {
  return toCalendarDay(addYearsToDate(dayToDate(day), years));
}

/**
 * The instant a local `YYYY-MM-DD HH:mm` names, or undefined when it is not one. A wall time that a DST
 * change skips (02:30 on a spring-forward night) becomes the instant JavaScript's local dates give it.
 */
export function localInstant(day: CalendarDay, time: WallTime | undefined): Date | undefined {
  if (!isCalendarDay(day) || (time !== undefined && !isWallTime(time))) return undefined;
  return time === undefined ? localDate(day, 0, 0) : localDate(day, digits(time, 0, 2), digits(time, 3, 5));
}

/** Splits `YYYY-MM-DD HH:mm` or `YYYY-MM-DDTHH:mm` (as in `Detected:` and `Resolved:`) into its parts. */
export function parseDayAndTime(value: string): { day: CalendarDay; time: WallTime | undefined } | undefined {
  const text = value.trim();
  const day = text.slice(0, 10);
  if (!isCalendarDay(day)) return undefined;
  if (text.length === 10) return { day, time: undefined };
  const separator = text.charCodeAt(10);
  const time = text.slice(11);
  return (separator === SPACE || separator === LATIN_CAPITAL_T) && isWallTime(time) ? { day, time } : undefined;
}
