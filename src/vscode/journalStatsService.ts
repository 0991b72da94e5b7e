// The figures every view shows (tree, counter, nudge, dashboard, walkthrough), computed once per journal
// version, day and settings, and shared: no view asks another view for them.
import { DEFAULT_STATS_OPTIONS, journalStats, type JournalStats } from '../core';
import type { Clock } from './clock';
import type { JournalSnapshot, JournalStore } from './journalStore';
import { readSettings } from './settings';

export class JournalStatsService {
  /** Keyed by the snapshot, so a new read of the file drops the old figures with it. */
  private readonly cache = new WeakMap<JournalSnapshot, { key: string; stats: JournalStats }>();

  constructor(private readonly clock: Clock) {}

  /** The stats of the store's journal as last read, on today's date; undefined when it has none. */
  statsFor(store: JournalStore): JournalStats | undefined {
    const snapshot = store.current;
    if (!snapshot) return undefined;
    const today = this.clock.today();
    const { nudgeAfterDays, launchTargetDays } = readSettings(store.folder);
    const key = `${today}|${nudgeAfterDays}|${launchTargetDays}`;
    const cached = this.cache.get(snapshot);
    if (cached?.key === key) return cached.stats;
    const stats = journalStats(snapshot.journal, today, { ...DEFAULT_STATS_OPTIONS, nudgeAfterDays, launchTargetDays });
    this.cache.set(snapshot, { key, stats });
    return stats;
  }
}
