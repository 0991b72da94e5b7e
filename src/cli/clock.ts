// The command line's clock: the local time, or SIDE_PROJECT_NOW (`YYYY-MM-DD HH:mm`) for scripts that log
// what happened earlier and for tests, which never read the real clock.
import { parseDayAndTime, toCalendarDay, toWallTime, type CalendarDay, type WallTime } from '../core';
import { CliError } from './journalFile';

export function localNow(env: NodeJS.ProcessEnv = process.env): { date: CalendarDay; time: WallTime } {
  const pinned = env.SIDE_PROJECT_NOW;
  if (pinned === undefined || pinned === '') {
    const now = new Date();
    return { date: toCalendarDay(now), time: toWallTime(now) };
  }
  const parsed = parseDayAndTime(pinned);
  if (!parsed?.time) {
    throw new CliError(`SIDE_PROJECT_NOW must be a local time written YYYY-MM-DD HH:mm, not "${pinned}"`);
  }
  return { date: parsed.day, time: parsed.time };
}
