import { lifecycle, type Lifecycle } from './lifecycle';
import { DEFAULT_MOMENTUM, momentum, type Momentum, type MomentumOptions } from './momentum';
import { incidents, type IncidentStats } from './incidents';
import { decisionsByStatus } from './decisions';
import { milestones, type Milestone } from './milestones';
import { dueReviews, type DecisionReview } from './reviews';
import type { CalendarDay, DecisionStatus, Journal } from '../model/types';

export interface StatsOptions extends MomentumOptions {
  readonly launchTargetDays: number;
}

export const DEFAULT_STATS_OPTIONS: StatsOptions = { ...DEFAULT_MOMENTUM, launchTargetDays: 30 };

/** Everything the views show about a journal on a given day, computed in one place. */
export interface JournalStats {
  readonly today: CalendarDay;
  readonly lifecycle: Lifecycle;
  readonly momentum: Momentum;
  readonly incidents: IncidentStats;
  readonly decisions: Record<DecisionStatus, number>;
  readonly milestones: readonly Milestone[];
  /** Decisions whose review day has come, longest waiting first. */
  readonly reviewsDue: readonly DecisionReview[];
}

export function journalStats(
  journal: Journal,
  today: CalendarDay,
  options: StatsOptions = DEFAULT_STATS_OPTIONS,
): JournalStats {
  const life = lifecycle(journal, today, options.launchTargetDays);
  const incidentStats = incidents(journal);
  return {
    today,
    lifecycle: life,
    momentum: momentum(journal, today, options),
    incidents: incidentStats,
    decisions: decisionsByStatus(journal),
    milestones: milestones(journal, today, life.launchTarget, incidentStats),
    reviewsDue: dueReviews(journal, today),
  };
}
