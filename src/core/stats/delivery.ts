// The four key metrics of software delivery that the DevOps research (DORA) uses, from the journal and,
// where the adapter passes it, the repository's history as plain data: deployment frequency, lead time for
// changes, change failure rate and time to restore. Each is placed in one of the research's performance
// bands. Nothing is guessed: a figure without the data it needs is undefined, and the views say so.
import { startOfISOWeek } from 'date-fns';
import { addDays, daysBetween, dayToDate, localInstant, toCalendarDay } from '../model/calendar';
import { COMMIT_SHA, metadataValue } from '../read/parseJournal';
import { deployStatus, isFailedDeploy } from './entryStatus';
import { incidents as incidentStats, type IncidentStats } from './incidents';
import { projectStart } from './lifecycle';
import { keepClassShape } from '../read/classShapes';
import type { CalendarDay, CommitInfo, Entry, GitHistory, Journal } from '../model/types';

/** The performance bands of the State of DevOps research, best first. */
export const DORA_BANDS = ['elite', 'high', 'medium', 'low'] as const;
export type DoraBand = (typeof DORA_BANDS)[number];

export interface Deploy {
  /** The entry's title, or the tag's name. */
  readonly title: string;
  /** When it went out, in ms since 1970. */
  readonly at: number;
  readonly day: CalendarDay;
  readonly status: string;
  /** The commit's full hash when the history knows it, else as written; undefined when none is named. */
  readonly commit: string | undefined;
  /** The journal's entry, or undefined for a deploy tag. */
  readonly entry: Entry | undefined;
  readonly tag: string | undefined;
  /** Failed or rolled back by its own status, or named by an incident's `- Deploy:`. */
  readonly failed: boolean;
}

export interface WeekDeploys {
  /** Monday of the week. */
  readonly start: CalendarDay;
  readonly deploys: number;
  readonly failed: number;
}

export interface DeliveryMetrics {
  /** Every deploy up to today, oldest first: the Deploy entries and the deploy tags. */
  readonly deploys: readonly Deploy[];
  /** Deploys in the last 28 days (today included), and per week over them. */
  readonly deploysLast4Weeks: number;
  readonly perWeekLast4Weeks: number;
  /** Deploys per week from the project's first day to today; undefined without deploys. */
  readonly perWeekOverall: number | undefined;
  readonly frequencyBand: DoraBand | undefined;
  /** Median minutes from a commit's author time to the deploy that first shipped it. */
  readonly leadTimeMinutes: number | undefined;
  /** How many commits the lead time was measured on. */
  readonly leadTimeCommits: number;
  readonly leadTimeBand: DoraBand | undefined;
  /** Failed deploys over all deploys, 0 to 1. */
  readonly changeFailureRate: number | undefined;
  readonly failedDeploys: number;
  readonly changeFailureBand: DoraBand | undefined;
  /** Median minutes from detection to resolution over the resolved incidents. */
  readonly timeToRestoreMinutes: number | undefined;
  readonly restoredIncidents: number;
  readonly timeToRestoreBand: DoraBand | undefined;
  /** The last DELIVERY_WEEKS ISO weeks, oldest first, for the chart. */
  readonly weeks: readonly WeekDeploys[];
}

export const DELIVERY_WEEKS = 12;
const HOUR = 60;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
/** Six months, as the research's bands say it: 26 weeks. */
const SIX_MONTHS_DAYS = 182;
const MINUTE_MS = 60_000;

/**
 * Deployment frequency's band from the deploys of the last 28 days and the days since the last one. Elite: on
 * demand, at least once a day on average; high: at least once a month (one in the last 4 weeks); medium: at
 * least once every six months; low: less often. Undefined before the first deploy.
 */
export function frequencyBand(
  deploysLast4Weeks: number,
  daysSinceLastDeploy: number | undefined,
): DoraBand | undefined {
  if (daysSinceLastDeploy === undefined) return undefined;
  if (deploysLast4Weeks >= 28) return 'elite';
  if (deploysLast4Weeks >= 1) return 'high';
  return daysSinceLastDeploy < SIX_MONTHS_DAYS ? 'medium' : 'low';
}

/** Lead time's band: elite under an hour, high under a week, medium under six months, low beyond. */
export function leadTimeBand(minutes: number | undefined): DoraBand | undefined {
  if (minutes === undefined) return undefined;
  return minutes < HOUR ? 'elite' : minutes < WEEK ? 'high' : minutes < SIX_MONTHS_DAYS * DAY ? 'medium' : 'low';
}

/** Change failure rate's band: elite up to 15%, high up to 30%, medium up to 45%, low above. */
export function changeFailureBand(rate: number | undefined): DoraBand | undefined {
  if (rate === undefined) return undefined;
  // In whole hundredths, so 0.15 computed as 3/20 is not a hair above 15%.
  const percent = Math.round(rate * 10_000) / 100;
  return percent <= 15 ? 'elite' : percent <= 30 ? 'high' : percent <= 45 ? 'medium' : 'low';
}

/** Time to restore's band: elite under an hour, high under a day, medium under a week, low beyond. */
export function timeToRestoreBand(minutes: number | undefined): DoraBand | undefined {
  if (minutes === undefined) return undefined;
  return minutes < HOUR ? 'elite' : minutes < DAY ? 'high' : minutes < WEEK ? 'medium' : 'low';
}

/** The middle value (the mean of the two middle ones for an even count); undefined for none. */
export function median(values: readonly number[] | Float64Array): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The history's commits by full hash (git writes them in lower case), and their positions. */
class CommitIndex {
  /** Each commit's position in the history, by its full hash. */
  readonly position = new Map<string, number>();
  private sorted: string[] | undefined;

  constructor(readonly commits: readonly CommitInfo[]) {
    for (let i = 0; i < commits.length; i++) this.position.set(commits[i].sha, i);
  }

  get(sha: string): CommitInfo | undefined {
    const i = this.position.get(sha);
    return i === undefined ? undefined : this.commits[i];
  }

  /** The position of commit `i`'s parent: git log lists a first parent next more often than not. */
  parentPosition(i: number, parent: string): number | undefined {
    return this.commits[i + 1]?.sha === parent ? i + 1 : this.position.get(parent);
  }

  /**
   * The one commit whose hash starts with `written` (any case, abbreviated or in full); undefined when none
   * does, or several. Abbreviations are searched in the hashes sorted, once per history.
   */
  find(written: string): CommitInfo | undefined {
    const prefix = written.toLowerCase();
    const exact = this.get(prefix);
    if (exact || this.commits.length === 0) return exact;
    const sorted = (this.sorted ??= [...this.position.keys()].sort());
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const first = sorted[lo];
    if (first === undefined || !first.startsWith(prefix)) return undefined;
    const second = sorted[lo + 1];
    return second !== undefined && second.startsWith(prefix) ? undefined : this.get(first);
  }
}
keepClassShape(new CommitIndex([]));

/** Each history's index, made once: a history is a value the adapter replaces, never changes, and the stats
 * are computed again with the same one after every edit of the journal. */
const indexes = new WeakMap<GitHistory, CommitIndex>();
function indexOf(history: GitHistory): CommitIndex {
  let index = indexes.get(history);
  if (!index) indexes.set(history, (index = new CommitIndex(history.commits)));
  return index;
}

/** The deploys up to today: the journal's entries, then the tags no entry already names, oldest first. */
function collectDeploys(journal: Journal, today: CalendarDay, index: CommitIndex, history?: GitHistory): Deploy[] {
  const deploys: Deploy[] = [];
  const named = new Set<string>();
  for (const entry of journal.entries) {
    if (entry.kind !== 'deploy' || entry.date > today) continue;
    const at = localInstant(entry.date, entry.time)?.getTime();
    if (at === undefined) continue;
    const commit = metadataValue(entry, 'commit')?.trim();
    const known = commit && COMMIT_SHA.test(commit) ? index.find(commit) : undefined;
    if (known) named.add(known.sha);
    deploys.push({
      title: entry.title,
      at,
      day: entry.date,
      status: deployStatus(entry),
      commit: known?.sha ?? (commit || undefined),
      entry,
      tag: undefined,
      failed: isFailedDeploy(entry),
    });
  }
  for (const tag of history?.deployTags ?? []) {
    const commit = index.get(tag.sha);
    if (!commit || named.has(commit.sha)) continue;
    const day = toCalendarDay(new Date(commit.commitTime));
    if (day > today) continue;
    named.add(commit.sha);
    const deploy = { title: tag.name, at: commit.commitTime, day, status: 'succeeded', commit: commit.sha };
    deploys.push({ ...deploy, entry: undefined, tag: tag.name, failed: false });
  }
  return deploys.sort((a, b) => a.at - b.at);
}

/** Marks the deploys an incident names with `- Deploy: <commit or title>` as failed. */
function markNamedByIncidents(incidents: IncidentStats, deploys: Deploy[]): Deploy[] {
  const names = [...incidents.open, ...incidents.resolved]
    .map((i) => metadataValue(i.entry, 'deploy')?.trim().toLowerCase())
    .filter((n): n is string => !!n);
  if (names.length === 0) return deploys;
  const named = (d: Deploy) =>
    names.some(
      (n) =>
        n === d.title.trim().toLowerCase() ||
        (COMMIT_SHA.test(n) && d.commit !== undefined && d.commit.toLowerCase().startsWith(n)),
    );
  return deploys.map((d) => (d.failed || !named(d) ? d : { ...d, failed: true }));
}

/**
 * Each commit's lead time: from its author time to the first successful deploy whose commit has it in its
 * history. Deploys are taken oldest first; each marks the commits it reaches through their parents that no
 * earlier deploy reached (and stops at those: their ancestors were reached then too), so every commit is
 * visited once.
 */
function leadTimes(deploys: readonly Deploy[], index: CommitIndex): Float64Array {
  const shipped = new Uint8Array(index.commits.length);
  // At most one per commit: a typed array, not one that grows (the history can hold thousands).
  const minutes = new Float64Array(index.commits.length);
  let count = 0;
  const stack: number[] = [];
  for (const deploy of deploys) {
    if (deploy.status !== 'succeeded' || deploy.commit === undefined) continue;
    const start = index.position.get(deploy.commit);
    if (start === undefined) continue;
    stack.push(start);
    while (stack.length > 0) {
      const i = stack.pop() as number;
      if (shipped[i]) continue;
      shipped[i] = 1;
      const commit = index.commits[i];
      if (deploy.at >= commit.authorTime) minutes[count++] = (deploy.at - commit.authorTime) / MINUTE_MS;
      for (const parent of commit.parents) {
        const next = index.parentPosition(i, parent);
        if (next !== undefined && !shipped[next]) stack.push(next);
      }
    }
  }
  return minutes.subarray(0, count);
}

export function deliveryMetrics(
  journal: Journal,
  today: CalendarDay,
  history?: GitHistory,
  incidents: IncidentStats = incidentStats(journal),
): DeliveryMetrics {
  const index = history ? indexOf(history) : new CommitIndex([]);
  const deploys = markNamedByIncidents(incidents, collectDeploys(journal, today, index, history));

  const recentFrom = addDays(today, -27);
  const deploysLast4Weeks = deploys.filter((d) => d.day >= recentFrom).length;
  const last = deploys[deploys.length - 1];
  const start = projectStart(journal, today);
  const first = deploys[0]?.day !== undefined && deploys[0].day < start ? deploys[0].day : start;
  const days = Math.max(1, daysBetween(first, today) + 1);
  const perWeekOverall = deploys.length > 0 ? (deploys.length / days) * 7 : undefined;

  const lead = leadTimes(deploys, index);
  const leadTimeMinutes = median(lead);
  const failedDeploys = deploys.filter((d) => d.failed).length;
  const changeFailureRate = deploys.length > 0 ? failedDeploys / deploys.length : undefined;
  const restore = incidents.resolved.map((i) => i.minutesToResolve).filter((m): m is number => m !== undefined);
  const timeToRestoreMinutes = median(restore);

  return {
    deploys,
    deploysLast4Weeks,
    perWeekLast4Weeks: deploysLast4Weeks / 4,
    perWeekOverall,
    frequencyBand: frequencyBand(deploysLast4Weeks, last ? daysBetween(last.day, today) : undefined),
    leadTimeMinutes,
    leadTimeCommits: lead.length,
    leadTimeBand: leadTimeBand(leadTimeMinutes),
    changeFailureRate,
    failedDeploys,
    changeFailureBand: changeFailureBand(changeFailureRate),
    timeToRestoreMinutes,
    restoredIncidents: restore.length,
    timeToRestoreBand: timeToRestoreBand(timeToRestoreMinutes),
    weeks: weeklyDeploys(deploys, today),
  };
}

function weeklyDeploys(deploys: readonly Deploy[], today: CalendarDay): WeekDeploys[] {
  const thisWeek = toCalendarDay(startOfISOWeek(dayToDate(today)));
  const firstWeek = addDays(thisWeek, -7 * (DELIVERY_WEEKS - 1));
  const weeks = Array.from({ length: DELIVERY_WEEKS }, (_, i) => ({
    start: addDays(firstWeek, 7 * i),
    deploys: 0,
    failed: 0,
  }));
  for (const d of deploys) {
    if (d.day < firstWeek) continue;
    const week = weeks[Math.floor(daysBetween(firstWeek, d.day) / 7)];
    week.deploys++;
    if (d.failed) week.failed++;
  }
  return weeks;
}
