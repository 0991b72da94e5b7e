// Calendar days are strings in the user's local calendar. Reading `2026-11-02` as a JavaScript Date means
// UTC midnight, which is the previous evening west of Greenwich: every conversion here builds local dates
// (new Date(y, m, d)), and day arithmetic is date-fns's, which counts calendar days, not 24-hour spans.
// date-fns's format and parse are not used: with their locale tables they would double the bundle.
import { addDays as addDaysToDate, differenceInCalendarDays } from 'date-fns';
import type { CalendarDay, WallTime } from './types';

const DAY_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_SHAPE = /^(\d{2}):(\d{2})$/;

/** True for a real `YYYY-MM-DD` day (no 2026-02-30). */
export function isCalendarDay(value: unknown): value is CalendarDay {
  if (typeof value !== 'string') return false;
  const m = DAY_SHAPE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  // Year 0000 is no day the calendar can count with: date-fns reads years from 1 (so every stats function
  // failed on an entry dated 0000), and Date takes year 0 as 1900 (so 0000-02-29 was no day either).
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function isWallTime(value: unknown): value is WallTime {
  if (typeof value !== 'string') return false;
  const m = TIME_SHAPE.exec(value);
  return m !== null && Number(m[1]) < 24 && Number(m[2]) < 60;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Local midnight of a calendar day. */
export function dayToDate(day: CalendarDay): Date {
  const date = new Date(2000, 0, 1);
  // setFullYear, because the Date constructor reads years 0 to 99 as 1900 to 1999.
  date.setFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return date;
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

/** Whole calendar days from `from` to `to` (negative when `to` is earlier); DST days count as one. */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return differenceInCalendarDays(dayToDate(to), dayToDate(from));
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  return toCalendarDay(addDaysToDate(dayToDate(day), days));
}

/**
 * The instant a local `YYYY-MM-DD HH:mm` names, or undefined when it is not one. A wall time that a DST
 * change skips (02:30 on a spring-forward night) becomes the instant JavaScript's local dates give it.
 */
export function localInstant(day: CalendarDay, time: WallTime | undefined): Date | undefined {
  if (!isCalendarDay(day) || (time !== undefined && !isWallTime(time))) return undefined;
  const date = dayToDate(day);
  if (time !== undefined) date.setHours(Number(time.slice(0, 2)), Number(time.slice(3, 5)));
  return date;
}

/** Splits `YYYY-MM-DD HH:mm` (as in `Detected:` and `Resolved:`) into its parts. */
export function parseDayAndTime(value: string): { day: CalendarDay; time: WallTime | undefined } | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}))?$/.exec(value.trim());
  if (!m || !isCalendarDay(m[1]) || (m[2] !== undefined && !isWallTime(m[2]))) return undefined;
  return { day: m[1], time: m[2] };
}
