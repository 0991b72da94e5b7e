// Momentum: the project's recent pace against its own best, so a fading project is visible before it stops.
// A pause is a decision, not a failure: while `paused_until` lies ahead nothing here reports a drop.
import { startOfISOWeek } from 'date-fns';
import { addDays, addYears, dayToDate, daysBetween, localInstant, parseDayAndTime, toCalendarDay } from '../model/calendar';
import { launchDay, projectStart } from './lifecycle';
import { metadataValue, misdated } from '../read/parseJournal';
import { DECISION_STATUSES, INCIDENT_STATUSES, SEVERITIES, type CalendarDay, type DecisionStatus, type Entry, type IncidentStatus, type Journal, type Severity } from '../model/types';

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

export const DEFAULT_MOMENTUM: MomentumOptions = { nudgeAfterDays: 14, windowDays: 14, dropRatio: 0.25, minBestCount: 4 };

export interface WeekActivity {
  /** Monday of the week. */
  readonly start: CalendarDay;
  readonly count: number;
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

export function momentum(journal: Journal, today: CalendarDay, options: MomentumOptions = DEFAULT_MOMENTUM): Momentum {
  const start = projectStart(journal, today);
  // Counted: the entries up to today, from at most MOMENTUM_YEARS back, and none whose date is likely a typo.
  const earliest = addYears(today, -MOMENTUM_YEARS);
  const { entries, charter } = journal;
  const days = entries
    .map((e) => e.date)
    .filter((day, i) => day <= today && day >= earliest && misdated(entries, i, charter.started) === undefined);
  const first = days.reduce((min, d) => (d < min ? d : min), start < earliest ? earliest : start);
  const span = Math.max(0, daysBetween(first, today)) + 1;
  // Many entries share a day: each distinct day is converted once.
  const offsets = new Map<CalendarDay, number>();
  const offset = (day: CalendarDay) => {
    let n = offsets.get(day);
    if (n === undefined) offsets.set(day, (n = daysBetween(first, day)));
    return n;
  };

  // Entries per day since the first day, then a sliding window over them.
  const perDay = new Array<number>(span).fill(0);
  let lastEntryOn: CalendarDay | undefined;
  for (const day of days) {
    perDay[offset(day)]++;
    if (lastEntryOn === undefined || day > lastEntryOn) lastEntryOn = day;
  }
  let windowCount = 0;
  let bestCount = 0;
  for (let i = 0; i < span; i++) {
    windowCount += perDay[i] - (i >= options.windowDays ? perDay[i - options.windowDays] : 0);
    if (windowCount > bestCount) bestCount = windowCount;
  }
  const recentCount = windowCount;

  const firstWeek = toCalendarDay(startOfISOWeek(dayToDate(first)));
  // No weeks at all when the project starts after today (a `started` or first entry in the future): a
  // negative length would throw.
  const weekCounts = new Array<number>(Math.max(0, Math.floor(daysBetween(firstWeek, today) / 7) + 1)).fill(0);
  const weekShift = daysBetween(firstWeek, first);
  for (const day of days) weekCounts[Math.floor((weekShift + offset(day)) / 7)]++;
  // One local date stepped a week at a time (setDate counts calendar days, as addDays does): a project
  // started years ago has hundreds of weeks, and a new Date for each was most of a small journal's stats.
  const monday = dayToDate(firstWeek);
  const weeks: WeekActivity[] = weekCounts.map((count) => {
    const start = toCalendarDay(monday);
    monday.setDate(monday.getDate() + 7);
    return { start, count };
  });

  const pausedUntil = journal.charter.pausedUntil;
  const paused = pausedUntil !== undefined && pausedUntil >= today;
  const daysSinceLastEntry = lastEntryOn === undefined ? undefined : daysBetween(lastEntryOn, today);
  const quietFor = daysSinceLastEntry ?? daysBetween(start, today);
  const stale = !paused && options.nudgeAfterDays > 0 && quietFor >= options.nudgeAfterDays;
  const ratio = bestCount > 0 ? recentCount / bestCount : undefined;
  const slowed = ratio !== undefined && bestCount >= options.minBestCount && ratio <= options.dropRatio;
  const drop = !paused && (stale || slowed);
  let dropSince: CalendarDay | undefined;
  if (drop) dropSince = stale ? addDays(lastEntryOn ?? start, lastEntryOn ? 1 : 0) : addDays(today, 1 - options.windowDays);
  return {
    weeks,
    recentCount,
    bestCount,
    ratio,
    lastEntryOn,
    daysSinceLastEntry,
    paused,
    stale,
    drop,
    dropSince,
    spell: drop ? `quiet-since:${lastEntryOn ?? start}` : undefined,
  };
}

export interface IncidentSummary {
  readonly entry: Entry;
  readonly status: IncidentStatus;
  readonly severity: Severity | undefined;
  readonly detected: string;
  readonly resolved: string | undefined;
  /** From detection to resolution, in minutes of real time (a DST change in between is accounted for). */
  readonly minutesToResolve: number | undefined;
}

export interface IncidentStats {
  /** Not yet resolved (open or mitigated), worst severity first, then oldest first. */
  readonly open: readonly IncidentSummary[];
  /** Newest first. */
  readonly resolved: readonly IncidentSummary[];
  readonly meanMinutesToResolve: number | undefined;
}

function incidentStatus(entry: Entry): IncidentStatus {
  const value = metadataValue(entry, 'status')?.toLowerCase();
  return (INCIDENT_STATUSES as readonly string[]).includes(value ?? '') ? (value as IncidentStatus) : 'open';
}

export function incidents(journal: Journal): IncidentStats {
  const all = journal.entries
    .filter((e) => e.kind === 'incident')
    .map((entry): IncidentSummary => {
      const severityText = metadataValue(entry, 'severity')?.toUpperCase();
      const severity = (SEVERITIES as readonly string[]).includes(severityText ?? '') ? (severityText as Severity) : undefined;
      const detectedText = metadataValue(entry, 'detected')?.trim();
      const detectedAt = detectedText ? parseDayAndTime(detectedText) : undefined;
      const detected = detectedAt ? (detectedText as string) : `${entry.date}${entry.time ? ` ${entry.time}` : ''}`;
      const resolvedText = metadataValue(entry, 'resolved')?.trim();
      // Each time is read once: this runs for every incident on every change of the journal.
      const resolvedAt = resolvedText ? parseDayAndTime(resolvedText) : undefined;
      const minutesToResolve = resolvedAt ? minutesBetween(detectedAt ?? { day: entry.date, time: entry.time }, resolvedAt) : undefined;
      return { entry, status: incidentStatus(entry), severity, detected, resolved: resolvedAt ? resolvedText : undefined, minutesToResolve };
    });
  const open = all.filter((i) => i.status !== 'resolved').sort((a, b) => byCodeUnit(a.severity ?? 'SEV-9', b.severity ?? 'SEV-9') || byCodeUnit(a.detected, b.detected));
  const resolved = all.filter((i) => i.status === 'resolved').reverse();
  const times = resolved.map((i) => i.minutesToResolve).filter((m): m is number => m !== undefined);
  return { open, resolved, meanMinutesToResolve: times.length ? Math.round(times.reduce((a, b) => a + b, 0) / times.length) : undefined };
}

/** Plain string order: severities, days and ISO times sort correctly by code unit, and localeCompare is slow. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type DayAndTime = NonNullable<ReturnType<typeof parseDayAndTime>>;

function minutesBetween(from: DayAndTime, to: DayAndTime): number | undefined {
  const start = localInstant(from.day, from.time);
  const end = localInstant(to.day, to.time);
  if (!start || !end || end < start) return undefined;
  return Math.round((end.getTime() - start.getTime()) / 60_000);
}

/** Decisions counted by status; one written without a status counts as accepted, the status Log Decision defaults to. */
export function decisionsByStatus(journal: Journal): Record<DecisionStatus, number> {
  const counts = Object.fromEntries(DECISION_STATUSES.map((s) => [s, 0])) as Record<DecisionStatus, number>;
  for (const entry of journal.entries) {
    if (entry.kind !== 'decision') continue;
    const status = (metadataValue(entry, 'status') ?? 'accepted').toLowerCase();
    if (status in counts) counts[status as DecisionStatus]++;
  }
  return counts;
}

export type MilestoneId = 'production' | 'first-incident-resolved' | 'production-30' | 'production-90';

export interface Milestone {
  readonly id: MilestoneId;
  readonly on: CalendarDay;
  readonly label: string;
}

/** The moments worth marking that have happened by `today`, in date order. */
export function milestones(journal: Journal, today: CalendarDay, launchTarget: CalendarDay | undefined, incidentStats: IncidentStats = incidents(journal)): Milestone[] {
  const out: Milestone[] = [];
  const launched = launchDay(journal);
  if (launched !== undefined && launched <= today) {
    const took = Math.max(0, daysBetween(projectStart(journal, today), launched));
    let vs = '';
    if (launchTarget) {
      const late = daysBetween(launchTarget, launched);
      vs = late === 0 ? ', on the target day' : late < 0 ? `, ${-late} ${plural(-late, 'day')} before the target` : `, ${late} ${plural(late, 'day')} after the target`;
    }
    out.push({ id: 'production', on: launched, label: `Reached production in ${took} ${plural(took, 'day')}${vs}` });
    for (const [id, n] of [['production-30', 30], ['production-90', 90]] as const) {
      const day = addDays(launched, n - 1);
      if (day <= today) out.push({ id, on: day, label: `${n} days in production` });
    }
  }
  const firstResolved = incidentStats.resolved.map((i) => ({ i, day: i.resolved ? i.resolved.slice(0, 10) : i.entry.date }))
    .sort((a, b) => byCodeUnit(a.day, b.day))[0];
  if (firstResolved && firstResolved.day <= today) {
    out.push({ id: 'first-incident-resolved', on: firstResolved.day, label: `First incident resolved: ${firstResolved.i.entry.title}` });
  }
  return out.sort((a, b) => byCodeUnit(a.on, b.on));
}

export function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

/** An instant as minutes and hours for people: `45 min`, `1 h 30 min`, `2 d 3 h`. */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
  const hours = Math.round(minutes / 60);
  return `${Math.floor(hours / 24)} d${hours % 24 ? ` ${hours % 24} h` : ''}`;
}

