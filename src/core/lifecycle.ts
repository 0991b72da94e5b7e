// Where the project stands in its lifecycle on a given day. All counts are calendar days in the user's
// local calendar; `today` is always a parameter.
import { addDays, daysBetween } from './calendar';
import { initialPhase, phaseChange } from './phases';
import { PHASES, type CalendarDay, type Journal, type Phase } from './types';

export interface PhaseSpan {
  readonly phase: Phase;
  readonly start: CalendarDay;
  /** The day the next phase began; undefined for the phase the project is in. */
  readonly end: CalendarDay | undefined;
  /** Whole days from start to end (or to today); never negative, even when dates go backwards. */
  readonly days: number;
}

export type PhaseState = 'done' | 'current' | 'skipped' | 'not-reached';

export interface PhaseSummary {
  readonly phase: Phase;
  readonly state: PhaseState;
  readonly spans: readonly PhaseSpan[];
  /** Days spent in this phase across its spans. */
  readonly days: number;
}

export interface Lifecycle {
  readonly startedOn: CalendarDay;
  readonly currentPhase: Phase;
  readonly currentSince: CalendarDay;
  /** Day N of the current phase: its first day is day 1. */
  readonly dayOfPhase: number;
  readonly history: readonly PhaseSpan[];
  readonly phases: readonly PhaseSummary[];
  readonly launchedOn: CalendarDay | undefined;
  /** Launch day is day 1; undefined before launch. */
  readonly daysInProduction: number | undefined;
  readonly launchTarget: CalendarDay | undefined;
  /** Before launch: days left to the target (0 on the day), negative once overdue. */
  readonly daysToTarget: number | undefined;
  /** After launch: days from the project's start to production. */
  readonly daysToProduction: number | undefined;
  /** After launch: launch day minus target day; negative means early. */
  readonly launchVsTarget: number | undefined;
}

/** The day the project started: the charter's `started`, else its first entry, else today. */
export function projectStart(journal: Journal, today: CalendarDay): CalendarDay {
  return journal.charter.started ?? journal.entries[0]?.date ?? today;
}

/** The first day in production: the earlier of the charter's `launched` and the first Launch entry. */
export function launchDay(journal: Journal): CalendarDay | undefined {
  const entry = journal.entries.find((e) => e.kind === 'launch')?.date;
  const charter = journal.charter.launched;
  if (entry === undefined) return charter;
  if (charter === undefined) return entry;
  return entry < charter ? entry : charter;
}

export function lifecycle(journal: Journal, today: CalendarDay, launchTargetDays = 30): Lifecycle {
  const startedOn = projectStart(journal, today);
  const spans: { phase: Phase; start: CalendarDay }[] = [{ phase: initialPhase(journal.charter, startedOn), start: startedOn }];
  for (const entry of journal.entries) {
    if (entry.date > today) continue; // the journal as it stood on `today`
    const current = spans[spans.length - 1];
    const next = phaseChange(entry, current.phase);
    if (next !== undefined && next !== current.phase) spans.push({ phase: next, start: entry.date });
  }
  const history: PhaseSpan[] = spans.map((span, i) => {
    const end = spans[i + 1]?.start;
    return { phase: span.phase, start: span.start, end, days: Math.max(0, daysBetween(span.start, end ?? today)) };
  });
  const current = history[history.length - 1];
  const currentIndex = PHASES.indexOf(current.phase);
  const phases: PhaseSummary[] = PHASES.map((phase, index) => {
    const own = history.filter((span) => span.phase === phase);
    const state: PhaseState = phase === current.phase ? 'current' : own.length > 0 ? 'done' : index < currentIndex ? 'skipped' : 'not-reached';
    return { phase, state, spans: own, days: own.reduce((sum, span) => sum + span.days, 0) };
  });

  const launchedOn = launchDay(journal);
  const launchTarget = journal.charter.launchTarget ?? (journal.charter.started ? addDays(journal.charter.started, launchTargetDays) : undefined);
  const launched = launchedOn !== undefined && launchedOn <= today;
  return {
    startedOn,
    currentPhase: current.phase,
    currentSince: current.start,
    dayOfPhase: Math.max(1, daysBetween(current.start, today) + 1),
    history,
    phases,
    launchedOn,
    daysInProduction: launched ? daysBetween(launchedOn, today) + 1 : undefined,
    launchTarget,
    daysToTarget: !launched && launchTarget ? daysBetween(today, launchTarget) : undefined,
    daysToProduction: launched ? Math.max(0, daysBetween(startedOn, launchedOn)) : undefined,
    launchVsTarget: launched && launchTarget ? daysBetween(launchTarget, launchedOn) : undefined,
  };
}
