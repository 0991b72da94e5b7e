// The words the views show, as pure functions of the stats and the day: the tree, the status bar and the
// dashboard say the same thing the same way, and tests read them without an editor.
import { dayToDate } from './calendar';
import type { JournalStats } from './journalStats';
import type { PhaseSummary } from './lifecycle';
import { plural, type Momentum } from './momentum';
import type { CalendarDay, Phase } from './types';

export function phaseLabel(phase: Phase): string {
  return phase[0].toUpperCase() + phase.slice(1);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Nov 2`, with the year when it is not `today`'s. */
export function shortDay(day: CalendarDay, today: CalendarDay): string {
  const date = dayToDate(day);
  const short = `${MONTHS[date.getMonth()]} ${date.getDate()}`;
  return day.slice(0, 4) === today.slice(0, 4) ? short : `${short}, ${date.getFullYear()}`;
}

export function days(n: number): string {
  return `${n} ${plural(n, 'day')}`;
}

/** A phase's state for the tree: `done · Nov 2 – Nov 20 · 18 days`, `day 5 · since Nov 20`, `not reached`. */
export function phaseDescription(summary: PhaseSummary, today: CalendarDay, dayOfPhase: number): string {
  switch (summary.state) {
    case 'current':
      return `day ${dayOfPhase} · since ${shortDay(summary.spans[summary.spans.length - 1].start, today)}`;
    case 'done': {
      const first = summary.spans[0];
      const last = summary.spans[summary.spans.length - 1];
      return `done · ${shortDay(first.start, today)} – ${shortDay(last.end ?? today, today)} · ${days(summary.days)}`;
    }
    case 'skipped':
      return 'skipped';
    case 'not-reached':
      return 'not reached';
  }
}

/** The launch target in words, before or after launch; "overdue" said plainly. */
export function launchTargetText(stats: JournalStats): string | undefined {
  const life = stats.lifecycle;
  if (!life.launchTarget) return undefined;
  const target = shortDay(life.launchTarget, stats.today);
  if (life.launchVsTarget !== undefined) {
    const d = life.launchVsTarget;
    return d === 0 ? `Launched on the target day, ${target}` : d < 0 ? `Launched ${days(-d)} before the target (${target})` : `Launched ${days(d)} after the target (${target})`;
  }
  const left = life.daysToTarget ?? 0;
  if (left > 0) return `${days(left)} left to the launch target (${target})`;
  if (left === 0) return `The launch target is today (${target})`;
  return `The launch target (${target}) passed ${days(-left)} ago`;
}

export function momentumText(m: Momentum, today: CalendarDay): string {
  if (m.paused && m.lastEntryOn !== undefined) return `paused · last entry ${shortDay(m.lastEntryOn, today)}`;
  if (m.paused) return 'paused';
  if (m.lastEntryOn === undefined) return 'no entries yet';
  const since = m.daysSinceLastEntry ?? 0;
  const last = since === 0 ? 'last entry today' : since === 1 ? 'last entry yesterday' : `last entry ${days(since)} ago`;
  if (m.stale) return `quiet · ${last}`;
  if (m.drop) return `slowing · ${m.recentCount} in 14 days, best ${m.bestCount}`;
  return `${m.recentCount} ${m.recentCount === 1 ? 'entry' : 'entries'} in 14 days · ${last}`;
}

export interface StatusBarView {
  readonly text: string;
  readonly tooltip: string;
  /** What a screen reader says: the text's icons carry meaning that must be put in words. */
  readonly accessibleLabel: string;
}

/**
 * The status bar item: days in production after launch, the phase and its day before; open incidents add
 * a count and a quiet spell adds a quiet marker. Codicons are named with `$(…)`.
 */
export function statusBarView(stats: JournalStats, project: string | undefined): StatusBarView {
  const life = stats.lifecycle;
  const parts: string[] = [];
  const spoken: string[] = [];
  const tooltip: string[] = [project ? `Side Project: ${project}` : 'Side Project'];
  if (life.daysInProduction !== undefined) {
    parts.push(`$(rocket) ${days(life.daysInProduction)} in production`);
    spoken.push(`${days(life.daysInProduction)} in production`);
    tooltip.push(`In production since ${shortDay(life.launchedOn ?? stats.today, stats.today)} (launch day is day 1)`);
  } else {
    parts.push(`$(milestone) ${phaseLabel(life.currentPhase)} · day ${life.dayOfPhase}`);
    spoken.push(`${phaseLabel(life.currentPhase)} phase, day ${life.dayOfPhase}`);
    tooltip.push(`${phaseLabel(life.currentPhase)} phase, day ${life.dayOfPhase}`);
  }
  const target = launchTargetText(stats);
  if (target) tooltip.push(target);
  const open = stats.incidents.open.length;
  if (open > 0) {
    parts.push(`$(flame) ${open}`);
    spoken.push(`${open} open ${plural(open, 'incident')}`);
    tooltip.push(`${open} open ${plural(open, 'incident')}`);
  }
  if (stats.momentum.stale) {
    parts.push('$(watch)');
    spoken.push('quiet');
    tooltip.push(`Quiet: no entry for ${days(stats.momentum.daysSinceLastEntry ?? 0)}`);
  }
  tooltip.push('Click to open the dashboard');
  return { text: parts.join('  '), tooltip: tooltip.join('\n'), accessibleLabel: spoken.join(', ') };
}
