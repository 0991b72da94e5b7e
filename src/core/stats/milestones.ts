// The moments worth marking: reaching production, 30 and 90 days in it, the first incident resolved.
import * as l10n from '@vscode/l10n';
import { addDays, daysBetween } from '../model/calendar';
import { dayCount, launchDay, projectStart } from './lifecycle';
import { byCodeUnit, incidents, type IncidentStats, type IncidentSummary } from './incidents';
import { reachedProductionText } from '../present/viewText';
import { unescapeTitle } from '../write/escaping';
import type { CalendarDay, Journal } from '../model/types';

export type MilestoneId = 'production' | 'first-incident-resolved' | 'production-30' | 'production-90';

export interface Milestone {
  readonly id: MilestoneId;
  readonly on: CalendarDay;
  readonly label: string;
}

/** The moments worth marking that have happened by `today`, in date order. */
export function milestones(
  journal: Journal,
  today: CalendarDay,
  launchTarget: CalendarDay | undefined,
  incidentStats: IncidentStats = incidents(journal),
): Milestone[] {
  const out: Milestone[] = [];
  const launched = launchDay(journal);
  if (launched !== undefined && launched <= today) {
    // Counted as every other day count is: the day the project started is day 1 (see dayCount).
    const dayOfLaunch = dayCount(projectStart(journal, today), launched);
    const vsTarget = launchTarget ? daysBetween(launchTarget, launched) : undefined;
    out.push({ id: 'production', on: launched, label: reachedProductionText(dayOfLaunch, vsTarget) });
    for (const [id, n] of [
      ['production-30', 30],
      ['production-90', 90],
    ] as const) {
      const day = addDays(launched, n - 1);
      if (day <= today) out.push({ id, on: day, label: l10n.t('{0} days in production', n) });
    }
  }
  // The earliest resolution day, the first in list order among equals: one pass, where a sort of every
  // resolved incident was most of this function.
  let firstResolved: { i: IncidentSummary; day: CalendarDay } | undefined;
  for (const i of incidentStats.resolved) {
    const day = i.resolved ? i.resolved.slice(0, 10) : i.entry.date;
    if (firstResolved === undefined || byCodeUnit(day, firstResolved.day) < 0) firstResolved = { i, day };
  }
  if (firstResolved && firstResolved.day <= today) {
    const title = unescapeTitle(firstResolved.i.entry.title);
    out.push({
      id: 'first-incident-resolved',
      on: firstResolved.day,
      label: l10n.t('First incident resolved: {0}', title),
    });
  }
  return out.sort((a, b) => byCodeUnit(a.on, b.on));
}
