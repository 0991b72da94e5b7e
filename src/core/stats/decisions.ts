// Decisions counted by status, for the dashboard.
import { decisionStatus } from './entryStatus';
import { DECISION_STATUSES, type DecisionStatus, type Journal } from '../model/types';

/** Decisions counted by status; one written without a status counts as accepted (see entryStatus.ts). */
export function decisionsByStatus(journal: Journal): Record<DecisionStatus, number> {
  const counts = Object.fromEntries(DECISION_STATUSES.map((s) => [s, 0])) as Record<DecisionStatus, number>;
  for (const entry of journal.entries) {
    if (entry.kind !== 'decision') continue;
    const status = decisionStatus(entry);
    if (status in counts) counts[status as DecisionStatus]++;
  }
  return counts;
}
