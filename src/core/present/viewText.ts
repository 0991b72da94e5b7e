// The words the views show, as pure functions of the stats and the day: the tree, the status bar and the
// dashboard say the same thing the same way, and tests read them without an editor.
import { dayToDate } from '../model/calendar';
import { unescapeTitle } from '../write/escaping';
import type { JournalStats } from '../stats/journalStats';
import type { Lifecycle, PhaseSummary } from '../stats/lifecycle';
import type { Momentum } from '../stats/momentum';
import type { Milestone } from '../stats/milestones';
import { plural, quantity } from './plural';
import { metadataValue } from '../read/parseJournal';
import { decisionStatus, deployStatus, incidentStatus, isOpenIncident } from '../stats/entryStatus';
import { phaseNamed } from '../model/phases';
import { doneCountText, doneItems } from '../stats/doneItems';
import { isReviewDue } from '../stats/reviews';
import type { CalendarDay, Charter, Entry, Phase } from '../model/types';

export function phaseLabel(phase: Phase): string {
  return phase[0].toUpperCase() + phase.slice(1);
}

/**
 * Short month names, in English as every other word here: named once, as a tree row is drawn often, and
 * on first use, not at load: creating the first Intl formatter costs the extension host tens of
 * milliseconds, which activation must not pay.
 */
let months: readonly string[] | undefined;
function monthName(month: number): string {
  if (!months) {
    const format = new Intl.DateTimeFormat('en', { month: 'short' });
    months = Array.from({ length: 12 }, (_, m) => format.format(new Date(2000, m, 15)));
  }
  return months[month];
}

/** `Nov 2`, with the year when it is not `today`'s. */
export function shortDay(day: CalendarDay, today: CalendarDay): string {
  const date = dayToDate(day);
  const short = `${monthName(date.getMonth())} ${date.getDate()}`;
  return day.slice(0, 4) === today.slice(0, 4) ? short : `${short}, ${date.getFullYear()}`;
}

export function days(n: number): string {
  return quantity(n, 'day');
}

/** Day N, counted as everywhere else: the first day is day 1 (see dayCount in lifecycle.ts). */
export function dayN(n: number): string {
  return `day ${n}`;
}

/** A phase's state for the tree: `done · Nov 2 – Nov 20 · 18 days`, `day 5 · since Nov 20`, `not reached`. */
export function phaseDescription(summary: PhaseSummary, today: CalendarDay, dayOfPhase: number): string {
  switch (summary.state) {
    case 'current':
      return `${dayN(dayOfPhase)} · since ${shortDay(summary.spans[summary.spans.length - 1].start, today)}`;
    case 'done': {
      const first = summary.spans[0];
      const last = summary.spans[summary.spans.length - 1];
      const range = `${shortDay(first.start, today)} – ${shortDay(last.end ?? today, today)}`;
      return `done · ${range} · ${days(summary.days)}`;
    }
    case 'skipped':
      return 'skipped';
    case 'not-reached':
      return 'not reached';
  }
}

/** The launch target in words, before or after launch; "overdue" said plainly. For tooltips and the dashboard. */
export function launchTargetText(stats: JournalStats): string | undefined {
  const life = stats.lifecycle;
  if (!life.launchTarget) return undefined;
  const target = shortDay(life.launchTarget, stats.today);
  if (life.launchVsTarget !== undefined) {
    const d = life.launchVsTarget;
    return d === 0
      ? `Launched on the target day, ${target}`
      : d < 0
        ? `Launched ${days(-d)} before the target (${target})`
        : `Launched ${days(d)} after the target (${target})`;
  }
  const left = life.daysToTarget ?? 0;
  if (left > 0) return `${days(left)} left to the launch target (${target})`;
  if (left === 0) return `The launch target is today (${target})`;
  return `The launch target (${target}) passed ${days(-left)} ago`;
}

/** An entry's title as people read it: unescaped, a phase entry in the phase rows' words, never blank. */
export function entryTitle(entry: Pick<Entry, 'kind' | 'title'>): string {
  const title = unescapeTitle(entry.title);
  const phase = entry.kind === 'phase' ? phaseNamed(title) : undefined;
  if (phase) return `Phase: ${phaseLabel(phase)}${title.trimStart().slice(phase.length)}`;
  return title || `(untitled ${entry.kind})`;
}

/** `2 open action items`: what an incident's postmortem still asks for. */
export function openActionItemsText(count: number): string {
  return `${count} open action ${plural(count, 'item')}`;
}

export interface EntryRow {
  readonly label: string;
  /** The key facts first (an incident's status and severity, a decision's status), then the day. */
  readonly description: string;
  readonly tooltip: string;
  /** An incident not yet resolved (open or mitigated): the view marks it with more than a colour. */
  readonly open: boolean;
}

/** An entry as a row of the tree; `body` is its text (entryBody), of which the tooltip shows the first lines. */
export function entryRow(entry: Entry, today: CalendarDay, body = ''): EntryRow {
  const label = entryTitle(entry);
  let facts: string[] = [];
  let shown: string[] = [];
  let open = false;
  if (entry.kind === 'incident') {
    const status = incidentStatus(entry);
    const severity = metadataValue(entry, 'severity');
    open = isOpenIncident(entry);
    facts = severity ? [status, severity] : [status];
    // A resolved incident's severity no longer needs the row's room: the tooltip keeps it.
    shown = open ? facts : [status];
    const toDo = entry.actionItems?.open ?? 0;
    if (toDo > 0) {
      shown = [...shown, `${toDo} to do`];
      facts = [...facts, openActionItemsText(toDo)];
    }
  } else if (entry.kind === 'decision') {
    facts = shown = isReviewDue(entry, today) ? [decisionStatus(entry), 'review due'] : [decisionStatus(entry)];
  } else if (entry.kind === 'deploy') {
    const environment = metadataValue(entry, 'environment')?.trim();
    const commit = metadataValue(entry, 'commit')?.trim();
    shown = [deployStatus(entry)];
    facts = [...shown, ...(environment ? [environment] : []), ...(commit ? [commit] : [])];
  }
  const kind = entry.kind[0].toUpperCase() + entry.kind.slice(1);
  const at = `${entry.date}${entry.time ? ` ${entry.time}` : ''}`;
  const preview = body.split('\n').slice(0, 6).join('\n');
  return {
    label,
    description: [...shown, shortDay(entry.date, today)].join(' · '),
    tooltip: `${label}\n${[kind, ...facts, at].join(' · ')}${preview ? `\n\n${preview}` : ''}`,
    open,
  };
}

/** A row of the tree's at-a-glance part: the key fact first, in few words; the rest in the description and tooltip. */
export interface GlanceRow {
  readonly key: 'next' | 'goal' | 'done' | 'target' | 'momentum';
  readonly label: string;
  readonly description?: string;
  readonly tooltip: string;
  /** A codicon name. */
  readonly icon: string;
  readonly children?: readonly string[];
}

/**
 * The charter and momentum at a glance: the next step (when set), goal, definition of done, launch target,
 * momentum.
 */
export function glanceRows(charter: Charter, stats: JournalStats): GlanceRow[] {
  const rows: GlanceRow[] = [];
  if (charter.nextStep) {
    rows.push({
      key: 'next',
      label: `Next: ${charter.nextStep}`,
      tooltip: `Next step: ${charter.nextStep}\nClick to change it`,
      icon: 'arrow-right',
    });
  }
  rows.push({
    key: 'goal',
    label: charter.learningGoal ?? 'No learning goal yet',
    tooltip: `Learning goal: ${charter.learningGoal ?? 'not set yet'}`,
    icon: 'mortar-board',
  });
  const done = charter.definitionOfDone;
  if (done.length > 0) {
    const items = doneItems(charter);
    rows.push({
      key: 'done',
      label: 'Definition of done',
      description: doneCountText(items),
      tooltip: ['Definition of done:', ...items.map((d) => `- [${d.done ? 'x' : ' '}] ${d.text}`)].join('\n'),
      icon: 'checklist',
      children: done,
    });
  }
  const target = launchTargetRow(stats);
  if (target) rows.push(target);
  rows.push(momentumRow(stats.momentum, stats.today, charter.pausedUntil));
  return rows;
}

/** The launch target in a few words (`18 days left`, `Launched 12 days early`), its day in the description. */
export function launchTargetRow(stats: JournalStats): GlanceRow | undefined {
  const life = stats.lifecycle;
  const tooltip = launchTargetText(stats);
  if (!life.launchTarget || !tooltip) return undefined;
  let label: string;
  if (life.launchVsTarget !== undefined) {
    const d = life.launchVsTarget;
    label = d === 0 ? 'Launched on target' : d < 0 ? `Launched ${days(-d)} early` : `Launched ${days(d)} late`;
  } else {
    const left = life.daysToTarget ?? 0;
    label = left > 0 ? `${days(left)} left` : left === 0 ? 'Launch target today' : `${days(-left)} past target`;
  }
  return {
    key: 'target',
    label,
    description: `target ${shortDay(life.launchTarget, stats.today)}`,
    tooltip,
    icon: 'calendar',
  };
}

/** `Paused until Dec 14`, or `paused` when the day is unknown. */
export function pausedText(pausedUntil: CalendarDay | undefined, today: CalendarDay): string {
  return pausedUntil ? `Paused until ${shortDay(pausedUntil, today)}` : 'Paused';
}

/** Momentum in a few words: a pause, a quiet spell, a slowdown, or the recent pace; the last entry beside it. */
export function momentumRow(m: Momentum, today: CalendarDay, pausedUntil?: CalendarDay): GlanceRow {
  const since = m.daysSinceLastEntry ?? 0;
  const ago = since === 0 ? 'today' : since === 1 ? 'yesterday' : `${days(since)} ago`;
  const lastOn = m.lastEntryOn === undefined ? undefined : `last entry ${shortDay(m.lastEntryOn, today)}`;
  const commits = m.recentCommitDays > 0 ? `, ${quantity(m.recentCommitDays, 'commit day')}` : '';
  const pace = `${quantity(m.recentCount, 'entry', 'entries')}${commits} in 14 days`;
  const lastCommit = m.lastCommitOn === undefined ? '' : ` Last commit ${shortDay(m.lastCommitOn, today)}.`;
  const details =
    m.lastEntryOn === undefined
      ? `No entries yet.${lastCommit}`
      : `${pace}, the best 14 days held ${m.bestCount}; last entry ${ago}.${lastCommit}`;
  const row = (label: string, description: string | undefined, icon: string, why: string): GlanceRow => ({
    key: 'momentum',
    label,
    description,
    tooltip: `Momentum: ${why}${why ? ' ' : ''}${details}`,
    icon,
  });
  if (m.paused) return row(pausedText(pausedUntil, today), lastOn, 'debug-pause', 'paused: no nudges until then.');
  if (m.lastEntryOn === undefined && m.lastCommitOn === undefined) return row('No entries yet', undefined, 'pulse', '');
  if (m.stale) return row(`Quiet for ${days(m.daysSinceLastActivity ?? since)}`, lastOn, 'watch', 'quiet.');
  if (m.lastEntryOn === undefined) {
    return row(`${quantity(m.recentCommitDays, 'commit day')} in 14 days`, 'no entries yet', 'pulse', '');
  }
  if (m.drop) return row(`Slowing: ${m.recentCount} in 14 days`, `best ${m.bestCount}`, 'watch', 'slowing down.');
  return row(pace, `last ${ago}`, 'pulse', '');
}

/** Momentum in one line, for the dashboard: the row's label and description. */
export function momentumText(m: Momentum, today: CalendarDay, pausedUntil?: CalendarDay): string {
  const row = momentumRow(m, today, pausedUntil);
  return row.description ? `${row.label} · ${row.description}` : row.label;
}

/** One line worth a launch: the day in production, and the launch against its target. */
export function launchCelebration(life: Lifecycle): string {
  const day = `🚀 Launched: day ${life.daysInProduction ?? 1} in production`;
  const vsTarget = life.launchVsTarget;
  if (vsTarget === undefined) return day;
  if (vsTarget === 0) return `${day} (on the target day)`;
  return `${day} (${days(Math.abs(vsTarget))} ${vsTarget < 0 ? 'before' : 'after'} the target)`;
}

/** A milestone in words. Reaching production is counted from the lifecycle, as every other day count is. */
export function milestoneText(milestone: Milestone, life: Lifecycle): string {
  if (milestone.id !== 'production' || life.daysToProduction === undefined) return milestone.label;
  return reachedProductionText(life.daysToProduction, life.launchVsTarget);
}

/** `Reached production on day 36, 5 days after the target`; `vsTarget` is days after it (negative: before). */
export function reachedProductionText(dayOfLaunch: number, vsTarget: number | undefined): string {
  const d = vsTarget;
  const vs =
    d === undefined
      ? ''
      : d === 0
        ? ', on the target day'
        : `, ${days(Math.abs(d))} ${d < 0 ? 'before' : 'after'} the target`;
  return `Reached production on ${dayN(dayOfLaunch)}${vs}`;
}

export interface StatusBarView {
  readonly text: string;
  readonly tooltip: string;
  /** What a screen reader says: the text's icons carry meaning that must be put in words. */
  readonly accessibleLabel: string;
}

/**
 * The status bar item: days in production after launch, the phase and its day before; open incidents add
 * a count, a quiet spell a quiet marker and a pause a pause marker. The tooltip adds the next step and the
 * launch target. Codicons are named with `$(…)`.
 */
export function statusBarView(
  stats: JournalStats,
  charter: Pick<Charter, 'project' | 'nextStep' | 'pausedUntil'>,
): StatusBarView {
  const life = stats.lifecycle;
  const parts: string[] = [];
  const spoken: string[] = [];
  const tooltip: string[] = [charter.project ? `Side Project: ${charter.project}` : 'Side Project'];
  if (life.daysInProduction !== undefined) {
    parts.push(`$(rocket) ${days(life.daysInProduction)} in production`);
    spoken.push(`${days(life.daysInProduction)} in production`);
    tooltip.push(`In production since ${shortDay(life.launchedOn ?? stats.today, stats.today)} (launch day is day 1)`);
  } else {
    parts.push(`$(milestone) ${phaseLabel(life.currentPhase)} · ${dayN(life.dayOfPhase)}`);
    spoken.push(`${phaseLabel(life.currentPhase)} phase, ${dayN(life.dayOfPhase)}`);
    tooltip.push(`${phaseLabel(life.currentPhase)} phase, ${dayN(life.dayOfPhase)}`);
  }
  if (charter.nextStep) tooltip.push(`Next: ${charter.nextStep}`);
  const target = launchTargetText(stats);
  if (target) tooltip.push(target);
  const open = stats.incidents.open.length;
  if (open > 0) {
    parts.push(`$(flame) ${open}`);
    spoken.push(`${open} open ${plural(open, 'incident')}`);
    tooltip.push(`${open} open ${plural(open, 'incident')}`);
  }
  if (stats.incidents.openActionItems > 0) tooltip.push(openActionItemsText(stats.incidents.openActionItems));
  if (stats.momentum.stale) {
    parts.push('$(watch)');
    spoken.push('quiet');
    const m = stats.momentum;
    const what = m.lastCommitOn === undefined ? 'no entry' : 'no entry or commit';
    tooltip.push(`Quiet: ${what} for ${days(m.daysSinceLastActivity ?? 0)}`);
  }
  if (stats.momentum.paused) {
    const paused = pausedText(charter.pausedUntil, stats.today);
    parts.push('$(debug-pause)');
    spoken.push(paused.toLowerCase());
    tooltip.push(`${paused}: no nudges until then`);
  }
  tooltip.push('Click to open the dashboard');
  return { text: parts.join('  '), tooltip: tooltip.join('\n'), accessibleLabel: spoken.join(', ') };
}
