// Momentum: the project's recent pace against its own best, so a fading project is visible before it stops.
// A pause is a decision, not a failure: while `paused_until` lies ahead nothing here reports a drop.
import { startOfISOWeek } from 'date-fns';
import { addDays, addYears, dayToDate, daysBetween, toCalendarDay } from '../model/calendar';
import { projectStart } from './lifecycle';
import { misdated } from '../read/parseJournal';
import type { CalendarDay, Journal } from '../model/types';

export interface MomentumOptions {
  /** Days without an entry after which the project is stale; 0 turns this off. */
  readonly nudgeAfterDays: number;
  /** The window compared with the best one so far. */
  readonly windowDays: number;
  /** A recent window at or below this share of the best is a drop. */
  readonly dropRatio: number;
  /** The best window needs at least this many entries before a drop can be told from a quiet start. */
  readonly minBestCount: number;
}

export const DEFAULT_MOMENTUM: MomentumOptions = {
  nudgeAfterDays: 14,
  windowDays: 14,
  dropRatio: 0.25,
  minBestCount: 4,
};

export interface WeekActivity {
  /** Monday of the week. */
  readonly start: CalendarDay;
  readonly count: number;
  /** Days of the week with commits (0 where commits are not counted). */
  readonly commitDays: number;
}

export interface Momentum {
  readonly weeks: readonly WeekActivity[];
  /** Entries in the last `windowDays` days, today included. */
  readonly recentCount: number;
  /** The most entries any `windowDays`-day window so far has held. */
  readonly bestCount: number;
  /** recent / best; undefined before the first entry. */
  readonly ratio: number | undefined;
  readonly lastEntryOn: CalendarDay | undefined;
  readonly daysSinceLastEntry: number | undefined;
  /** Days with commits in the last `windowDays` days, and the last of them. */
  readonly recentCommitDays: number;
  readonly lastCommitOn: CalendarDay | undefined;
  /** Days since the last entry or commit day, whichever is later: what "quiet" is measured by. */
  readonly daysSinceLastActivity: number | undefined;
  readonly paused: boolean;
  /** No entry for `nudgeAfterDays` days, and not paused. */
  readonly stale: boolean;
  /** The enthusiasm drop: stale, or the recent pace at or below `dropRatio` of the best; never while paused. */
  readonly drop: boolean;
  /** The first day of the drop, for marking it on a chart. */
  readonly dropSince: CalendarDay | undefined;
  /** Names the current quiet spell (it ends with the next entry), so it is nudged about at most once. */
  readonly spell: string | undefined;
}

/**
 * How far back momentum looks at most. Longer than a side project's journal runs; short enough that a typo in a
 * year that the parser cannot tell (the first entry's, with no `started`) cannot stretch it over centuries.
 */
export const MOMENTUM_YEARS = 20;

/**
 * `commitDays` are the days with commits (any order, repeats allowed), when commits count as activity: a
 * day with commits is not a quiet day, and the slowdown compares the recent pace of entries and commit days
 * together with their best.
 */
export function momentum(
  journal: Journal,
  today: CalendarDay,
  options: MomentumOptions = DEFAULT_MOMENTUM,
  commitDays: readonly CalendarDay[] = [],
): Momentum {
  const start = projectStart(journal, today);
  // Counted: the entries up to today, from at most MOMENTUM_YEARS back, and none whose date is likely a typo.
  const earliest = addYears(today, -MOMENTUM_YEARS);
  const { entries, charter } = journal;
  // One pass, no array per step: this runs on every read of a journal that can hold years of entries.
  const days: CalendarDay[] = [];
  let first = start < earliest ? earliest : start;
  for (let i = 0; i < entries.length; i++) {
    const day = entries[i].date;
    if (day > today || day < earliest || misdated(entries, i, charter.started) !== undefined) continue;
    days.push(day);
    if (day < first) first = day;
  }
  const committed = [...new Set(commitDays.filter((day) => day <= today && day >= earliest))];
  for (const day of committed) if (day < first) first = day;
  const span = Math.max(0, daysBetween(first, today)) + 1;
  // Days since `first`, each entry's once: the entries come in date order, many on one day, so a day is
  // mostly the one before (the parse shares equal days' strings, so that compares by identity).
  const dayOffsets = new Int32Array(days.length);
  let previous = '';
  let previousOffset = 0;
  for (let i = 0; i < days.length; i++) {
    if (days[i] !== previous) previousOffset = daysBetween(first, (previous = days[i]));
    dayOffsets[i] = previousOffset;
  }
  const commitOffsets = committed.map((day) => daysBetween(first, day));

  // Entries per day since the first day, then a sliding window over them.
  const perDay = new Array<number>(span).fill(0);
  let lastEntryOn: CalendarDay | undefined;
  for (let i = 0; i < days.length; i++) {
    perDay[dayOffsets[i]]++;
    if (lastEntryOn === undefined || days[i] > lastEntryOn) lastEntryOn = days[i];
  }
  // Activity: the entries of a day, and one more for a day with commits.
  const activity = perDay.slice();
  let lastCommitOn: CalendarDay | undefined;
  for (let i = 0; i < committed.length; i++) {
    activity[commitOffsets[i]]++;
    if (lastCommitOn === undefined || committed[i] > lastCommitOn) lastCommitOn = committed[i];
  }
  let windowCount = 0;
  let bestCount = 0;
  let activeCount = 0;
  let bestActive = 0;
  for (let i = 0; i < span; i++) {
    const leaving = i - options.windowDays;
    windowCount += perDay[i] - (leaving >= 0 ? perDay[leaving] : 0);
    if (windowCount > bestCount) bestCount = windowCount;
    activeCount += activity[i] - (leaving >= 0 ? activity[leaving] : 0);
    if (activeCount > bestActive) bestActive = activeCount;
  }
  const recentCount = windowCount;
  const recentCommitDays = activeCount - windowCount;

  const firstWeek = toCalendarDay(startOfISOWeek(dayToDate(first)));
  // No weeks at all when the project starts after today (a `started` or first entry in the future): a
  // negative length would throw.
  const weekCounts = new Array<number>(Math.max(0, Math.floor(daysBetween(firstWeek, today) / 7) + 1)).fill(0);
  const weekShift = daysBetween(firstWeek, first);
  for (const offset of dayOffsets) weekCounts[Math.floor((weekShift + offset) / 7)]++;
  const weekCommitDays = new Array<number>(weekCounts.length).fill(0);
  for (const offset of commitOffsets) weekCommitDays[Math.floor((weekShift + offset) / 7)]++;
  // One local date stepped a week at a time (setDate counts calendar days, as addDays does): a project
  // started years ago has hundreds of weeks, and a new Date for each was most of a small journal's stats.
  const monday = dayToDate(firstWeek);
  const weeks: WeekActivity[] = weekCounts.map((count, i) => {
    const start = toCalendarDay(monday);
    monday.setDate(monday.getDate() + 7);
    return { start, count, commitDays: weekCommitDays[i] };
  });

  const pausedUntil = journal.charter.pausedUntil;
  const paused = pausedUntil !== undefined && pausedUntil >= today;
  const daysSinceLastEntry = lastEntryOn === undefined ? undefined : daysBetween(lastEntryOn, today);
  const lastActiveOn = lastCommitOn !== undefined && (lastEntryOn ?? '') < lastCommitOn ? lastCommitOn : lastEntryOn;
  const daysSinceLastActivity = lastActiveOn === undefined ? undefined : daysBetween(lastActiveOn, today);
  const quietFor = daysSinceLastActivity ?? daysBetween(start, today);
  const stale = !paused && options.nudgeAfterDays > 0 && quietFor >= options.nudgeAfterDays;
  const ratio = bestCount > 0 ? recentCount / bestCount : undefined;
  const activeRatio = bestActive > 0 ? activeCount / bestActive : undefined;
  const slowed = activeRatio !== undefined && bestActive >= options.minBestCount && activeRatio <= options.dropRatio;
  const drop = !paused && (stale || slowed);
  let dropSince: CalendarDay | undefined;
  if (drop) {
    dropSince = stale ? addDays(lastActiveOn ?? start, lastActiveOn ? 1 : 0) : addDays(today, 1 - options.windowDays);
  }
  return {
    weeks,
    recentCount,
    bestCount,
    ratio,
    lastEntryOn,
    daysSinceLastEntry,
    recentCommitDays,
    lastCommitOn,
    daysSinceLastActivity,
    paused,
    stale,
    drop,
    dropSince,
    spell: drop ? `quiet-since:${lastActiveOn ?? start}` : undefined,
  };
}
