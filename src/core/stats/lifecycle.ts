// Where the project stands in its lifecycle on a given day. All counts are calendar days in the user's
// local calendar; `today` is always a parameter.
//
// One rule counts every stretch of days the views show (a phase, the time in production, the way to
// production): the first day is day 1, and the last day counts too. A phase that began and ended on the same
// day lasted 1 day; launching on the day the project started is reaching production on day 1.
import { addDays, daysBetween } from '../model/calendar';
import { initialPhase, phaseChange } from '../model/phases';
import { PHASES, type CalendarDay, type Journal, type Phase } from '../model/types';

export interface PhaseSpan {
  readonly phase: Phase;
  readonly start: CalendarDay;
  /** The day the next phase began; undefined for the phase the project is in. */
  readonly end: CalendarDay | undefined;
  /** Days from start to end (or to today), both counted (see dayCount); at least 1, even when dates go backwards. */
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
  /** After launch: the day of the project production began on (launching on the first day is day 1). */
  readonly daysToProduction: number | undefined;
  /** After launch: launch day minus target day; negative means early. */
  readonly launchVsTarget: number | undefined;
}

/**
 * How many days a stretch from `first` to `last` covers, both counted: day N of something that began on
 * `first` and is at `last`. Never less than 1, so a stretch whose dates go backwards still lasted a day.
 */
export function dayCount(first: CalendarDay, last: CalendarDay): number {
  return Math.max(1, daysBetween(first, last) + 1);
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
  const spans: { phase: Phase; start: CalendarDay }[] = [
    { phase: initialPhase(journal.charter, startedOn), start: startedOn },
  ];
  for (const entry of journal.entries) {
    if (entry.date > today) continue; // the journal as it stood on `today`
    const current = spans[spans.length - 1];
    const next = phaseChange(entry, current.phase);
    if (next !== undefined && next !== current.phase) spans.push({ phase: next, start: entry.date });
  }
  const history: PhaseSpan[] = spans.map((span, i) => {
    const end = spans[i + 1]?.start;
    return { phase: span.phase, start: span.start, end, days: dayCount(span.start, end ?? today) };
  });
  const current = history[history.length - 1];
  const currentIndex = PHASES.indexOf(current.phase);
  const phases: PhaseSummary[] = PHASES.map((phase, index) => {
    const own = history.filter((span) => span.phase === phase);
    const state: PhaseState =
      phase === current.phase ? 'current' : own.length > 0 ? 'done' : index < currentIndex ? 'skipped' : 'not-reached';
    return { phase, state, spans: own, days: own.reduce((sum, span) => sum + span.days, 0) };
  });

  const launchedOn = launchDay(journal);
  const launchTarget =
    journal.charter.launchTarget ??
    (journal.charter.started ? addDays(journal.charter.started, launchTargetDays) : undefined);
  const launched = launchedOn !== undefined && launchedOn <= today;
  return {
    startedOn,
    currentPhase: current.phase,
    currentSince: current.start,
    dayOfPhase: dayCount(current.start, today),
    history,
    phases,
    launchedOn,
    daysInProduction: launched ? dayCount(launchedOn, today) : undefined,
    launchTarget,
    daysToTarget: !launched && launchTarget ? daysBetween(today, launchTarget) : undefined,
    daysToProduction: launched ? dayCount(startedOn, launchedOn) : undefined,
    launchVsTarget: launched && launchTarget ? daysBetween(launchTarget, launchedOn) : undefined,
  };
}
