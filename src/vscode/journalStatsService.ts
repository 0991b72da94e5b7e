// The figures every view shows (tree, counter, nudge, dashboard, walkthrough), computed once per journal
// version, git history, day and settings, and shared: no view asks another view for them.
import { DEFAULT_STATS_OPTIONS, journalStats, type GitHistory, type JournalStats } from '../core';
import type { Clock } from './clock';
import type { GitActivity } from './git/gitActivity';
import type { JournalSnapshot, JournalStore } from './journalStore';
import { readSettings } from './settings';

interface Cached {
  readonly key: string;
  readonly history: GitHistory | undefined;
  readonly stats: JournalStats;
}

export class JournalStatsService {
  /** Keyed by the snapshot, so a new read of the file drops the old figures with it. */
  private readonly cache = new WeakMap<JournalSnapshot, Cached>();

  constructor(
    private readonly clock: Clock,
    private readonly git: GitActivity,
  ) {}

  /** The stats of the store's journal as last read, on today's date; undefined when it has none. */
  statsFor(store: JournalStore): JournalStats | undefined {
    const snapshot = store.current;
    if (!snapshot) return undefined;
    const today = this.clock.today();
    const { nudgeAfterDays, launchTargetDays, gitCountCommits: countCommits } = readSettings(store.folder);
    // The first ask for a folder's history starts reading it; the stats are computed again when it arrives.
    const history = this.git.historyFor(store);
    const key = `${today}|${nudgeAfterDays}|${launchTargetDays}|${countCommits}`;
    const cached = this.cache.get(snapshot);
    if (cached?.key === key && cached.history === history) return cached.stats;
    const options = { ...DEFAULT_STATS_OPTIONS, nudgeAfterDays, launchTargetDays, countCommits };
    const stats = journalStats(snapshot.journal, today, options, history);
    this.cache.set(snapshot, { key, history, stats });
    return stats;
  }
}
