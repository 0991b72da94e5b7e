// What the reading tools answer, computed from the parsed journal: the same figures the views show.
import { entryBody } from '../write/escaping';
import { DEFAULT_STATS_OPTIONS, journalStats } from '../stats/journalStats';
import { entryStatus } from '../stats/entryStatus';
import type { DoraBand } from '../stats/delivery';
import type { CalendarDay, Entry, EntryKind, GitHistory, Journal, Phase, WallTime } from '../model/types';

export interface FindEntriesArgs {
  readonly words?: string;
  readonly kind?: EntryKind;
  readonly status?: string;
  readonly phase?: Phase;
  readonly from?: CalendarDay;
  readonly to?: CalendarDay;
  readonly limit?: number;
}

export interface FoundEntry {
  readonly date: CalendarDay;
  readonly time: WallTime | undefined;
  readonly kind: EntryKind;
  readonly title: string;
  readonly status: string | undefined;
  readonly phase: Phase;
  readonly metadata: Readonly<Record<string, string>>;
  readonly body: string;
  /** 1-based line of the entry's heading in the journal, for a person to open. */
  readonly line: number;
}

export interface FoundEntries {
  /** All entries that match; `entries` holds at most `limit` of them. */
  readonly total: number;
  readonly entries: readonly FoundEntry[];
}

export const DEFAULT_FIND_LIMIT = 20;

/** Entries matching every filter given, newest first (by date, then time, then place in the file). */
export function findEntries(text: string, journal: Journal, args: FindEntriesArgs): FoundEntries {
  // Each word once, as a case-insensitive pattern tried on the entry's own text: no lowercased copies, and
  // bodies are unescaped only for the entries returned.
  const words = (args.words ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => new RegExp(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'));
  const status = args.status?.toLowerCase();
  const limit = args.limit ?? DEFAULT_FIND_LIMIT;
  const matches: Entry[] = [];
  for (const entry of journal.entries) {
    if (args.kind && entry.kind !== args.kind) continue;
    if (args.phase && entry.phase !== args.phase) continue;
    if (args.from && entry.date < args.from) continue;
    if (args.to && entry.date > args.to) continue;
    if (status && entryStatus(entry) !== status) continue;
    if (words.length > 0) {
      // The title, then the metadata and body lines as written (the lines after the heading).
      const afterHeading = text.indexOf('\n', entry.start);
      const rest = afterHeading < 0 || afterHeading >= entry.end ? '' : text.slice(afterHeading + 1, entry.end);
      if (!words.every((w) => w.test(entry.title) || w.test(rest))) continue;
    }
    matches.push(entry);
  }
  const key = (e: Entry) => `${e.date} ${e.time ?? '     '}`;
  matches.sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : b.line - a.line));
  const entries = matches.slice(0, limit).map((entry) => ({
    date: entry.date,
    time: entry.time,
    kind: entry.kind,
    title: entry.title,
    status: entryStatus(entry),
    phase: entry.phase,
    metadata: Object.fromEntries(entry.metadata.map((m) => [m.key, m.value])),
    body: entryBody(text, entry),
    line: entry.line + 1,
  }));
  return { total: matches.length, entries };
}

export interface ProjectStatus {
  readonly project: string | undefined;
  readonly today: CalendarDay;
  readonly learningGoal: string | undefined;
  readonly definitionOfDone: readonly string[];
  readonly launchTarget: CalendarDay | undefined;
  readonly launched: CalendarDay | undefined;
  readonly phase: Phase;
  /** The day of the current phase, its first day being day 1. */
  readonly dayOfPhase: number;
  /** Counting the launch day as day 1; undefined before launch. */
  readonly daysInProduction: number | undefined;
  readonly openIncidents: readonly {
    readonly title: string;
    readonly severity: string | undefined;
    readonly detected: string;
  }[];
  readonly momentum: {
    readonly entriesLast14Days: number;
    readonly bestFortnight: number;
    readonly daysSinceLastEntry: number | undefined;
    readonly quiet: boolean;
    readonly drop: boolean;
    readonly pausedUntil: CalendarDay | undefined;
  };
  readonly nextStep: string | undefined;
  readonly proposedDecisions: readonly { readonly date: CalendarDay; readonly title: string }[];
  readonly decisions: Readonly<Record<string, number>>;
  /** Open `- [ ]` action items from the incidents' postmortems. */
  readonly openActionItems: number;
  /** The four key delivery metrics and their DORA bands; null where the data is missing (never guessed). */
  readonly delivery: {
    readonly deploys: number;
    readonly deploysPerWeekLast4Weeks: number;
    readonly deploysPerWeekOverall: number | null;
    readonly deploymentFrequencyBand: DoraBand | null;
    readonly leadTimeMinutes: number | null;
    readonly leadTimeBand: DoraBand | null;
    readonly changeFailureRate: number | null;
    readonly changeFailureBand: DoraBand | null;
    readonly timeToRestoreMinutes: number | null;
    readonly timeToRestoreBand: DoraBand | null;
  };
}

export function projectStatus(context: {
  readonly journal: Journal;
  readonly today: CalendarDay;
  readonly launchTargetDays: number;
  readonly nudgeAfterDays: number;
  /** The repository's history, where the caller can read it (the VS Code tools through the git extension). */
  readonly history?: GitHistory;
}): ProjectStatus {
  const { journal, today } = context;
  const { nudgeAfterDays, launchTargetDays } = context;
  const options = { ...DEFAULT_STATS_OPTIONS, nudgeAfterDays, launchTargetDays };
  const stats = journalStats(journal, today, options, context.history);
  const delivery = stats.delivery;
  const life = stats.lifecycle;
  const charter = journal.charter;
  return {
    project: charter.project,
    today,
    learningGoal: charter.learningGoal,
    definitionOfDone: charter.definitionOfDone,
    launchTarget: life.launchTarget,
    launched: life.launchedOn,
    phase: life.currentPhase,
    dayOfPhase: life.dayOfPhase,
    daysInProduction: life.daysInProduction,
    openIncidents: stats.incidents.open.map((i) => ({
      title: i.entry.title,
      severity: i.severity,
      detected: i.detected,
    })),
    momentum: {
      entriesLast14Days: stats.momentum.recentCount,
      bestFortnight: stats.momentum.bestCount,
      daysSinceLastEntry: stats.momentum.daysSinceLastEntry,
      quiet: stats.momentum.stale,
      drop: stats.momentum.drop,
      pausedUntil: stats.momentum.paused ? charter.pausedUntil : undefined,
    },
    nextStep: charter.nextStep,
    proposedDecisions: journal.entries
      .filter((e) => e.kind === 'decision' && entryStatus(e) === 'proposed')
      .map((e) => ({ date: e.date, title: e.title })),
    decisions: stats.decisions,
    openActionItems: stats.incidents.openActionItems,
    delivery: {
      deploys: delivery.deploys.length,
      deploysPerWeekLast4Weeks: delivery.perWeekLast4Weeks,
      deploysPerWeekOverall: delivery.perWeekOverall ?? null,
      deploymentFrequencyBand: delivery.frequencyBand ?? null,
      leadTimeMinutes: delivery.leadTimeMinutes ?? null,
      leadTimeBand: delivery.leadTimeBand ?? null,
      changeFailureRate: delivery.changeFailureRate ?? null,
      changeFailureBand: delivery.changeFailureBand ?? null,
      timeToRestoreMinutes: delivery.timeToRestoreMinutes ?? null,
      timeToRestoreBand: delivery.timeToRestoreBand ?? null,
    },
  };
}
