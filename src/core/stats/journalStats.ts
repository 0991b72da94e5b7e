import { lifecycle, type Lifecycle } from './lifecycle';
import { DEFAULT_MOMENTUM, momentum, type Momentum, type MomentumOptions } from './momentum';
import { incidents, type IncidentStats } from './incidents';
import { decisionsByStatus } from './decisions';
import { milestones, type Milestone } from './milestones';
import { deliveryMetrics, type DeliveryMetrics } from './delivery';
import { toCalendarDay } from '../model/calendar';
import type { CalendarDay, DecisionStatus, GitHistory, Journal } from '../model/types';
import { dueReviews, type DecisionReview } from './reviews';

export interface StatsOptions extends MomentumOptions {
  readonly launchTargetDays: number;
  /** Days with commits count as activity in momentum (the history's commits, when one is given). */
  readonly countCommits: boolean;
}

export const DEFAULT_STATS_OPTIONS: StatsOptions = { ...DEFAULT_MOMENTUM, launchTargetDays: 30, countCommits: true };

/** Everything the views show about a journal on a given day, computed in one place. */
export interface JournalStats {
  readonly today: CalendarDay;
  readonly lifecycle: Lifecycle;
  readonly momentum: Momentum;
  readonly incidents: IncidentStats;
  readonly decisions: Record<DecisionStatus, number>;
  readonly milestones: readonly Milestone[];
  /** The four key delivery metrics, from the journal's deploys and incidents and the history's commits. */
  readonly delivery: DeliveryMetrics;
  /** Decisions whose review day has come, longest waiting first. */
  readonly reviewsDue: readonly DecisionReview[];
}

export function journalStats(
  journal: Journal,
  today: CalendarDay,
  options: StatsOptions = DEFAULT_STATS_OPTIONS,
  history?: GitHistory,
): JournalStats {
  const life = lifecycle(journal, today, options.launchTargetDays);
  const incidentStats = incidents(journal);
  return {
    today,
    lifecycle: life,
    momentum: momentum(journal, today, options, options.countCommits && history ? commitDays(history) : []),
    incidents: incidentStats,
    decisions: decisionsByStatus(journal),
    milestones: milestones(journal, today, life.launchTarget, incidentStats),
    delivery: deliveryMetrics(journal, today, history, incidentStats),
    reviewsDue: dueReviews(journal, today),
  };
}

/** The local days the commits were authored on, each once. */
function commitDays(history: GitHistory): CalendarDay[] {
  const days = new Set<CalendarDay>();
  // Commits come newest first, many on one day: a commit within the hour of the one before is on its day
  // unless midnight lies between, so most need no Date of their own.
  let from = Infinity;
  let to = -Infinity;
  for (const commit of history.commits) {
    if (commit.authorTime >= from && commit.authorTime < to) continue;
    const date = new Date(commit.authorTime);
    days.add(toCalendarDay(date));
    from = new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
    to = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
  }
  return [...days];
}
