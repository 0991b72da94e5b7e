// The words the views show, as pure functions of the stats and the day: the tree, the status bar and the
// dashboard say the same thing the same way, and tests read them without an editor.
import { dayToDate } from '../model/calendar';
import { unescapeTitle } from '../write/escaping';
import type { JournalStats } from '../stats/journalStats';
import type { Lifecycle, PhaseSummary } from '../stats/lifecycle';
import type { Momentum } from '../stats/momentum';
import type { Milestone } from '../stats/milestones';
import * as l10n from '@vscode/l10n';
import { locale } from './language';
import { plural } from './plural';
import { metadataValue } from '../read/parseJournal';
import { decisionStatus, deployStatus, incidentStatus, isOpenIncident } from '../stats/entryStatus';
import { phaseNamed } from '../model/phases';
import { doneItems } from '../stats/doneItems';
import { isReviewDue } from '../stats/reviews';
import type { CalendarDay, Charter, Entry, Phase } from '../model/types';

export function phaseLabel(phase: Phase): string {
  return phase[0].toUpperCase() + phase.slice(1);
}

/**
 * Short days in the display language (`Nov 2`, `2. Nov.`), with and without the year: made once per
 * language, as a tree row is drawn often, and on first use, not at load: creating the first Intl formatter
 * costs the extension host tens of milliseconds, which activation must not pay.
 */
let dayFormats: {
  readonly locale: string;
  readonly short: Intl.DateTimeFormat;
  readonly long: Intl.DateTimeFormat;
  /** Each day as written, by day and form: a journal names the same days again and again (the dashboard). */
  readonly written: Map<string, string>;
};
function dayFormat(): typeof dayFormats {
  if (dayFormats?.locale !== locale()) {
    const short = { month: 'short', day: 'numeric' } as const;
    dayFormats = {
      locale: locale(),
      short: new Intl.DateTimeFormat(locale(), short),
      long: new Intl.DateTimeFormat(locale(), { ...short, year: 'numeric' }),
      written: new Map(),
    };
  }
  return dayFormats;
}
const WRITTEN_DAYS_KEPT = 4096;

/** `Nov 2`, with the year when it is not `today`'s (`Nov 2, 2025`); in the display language. */
export function shortDay(day: CalendarDay, today: CalendarDay): string {
  const format = dayFormat();
  const withYear = day.slice(0, 4) !== today.slice(0, 4);
  const key = withYear ? `${day}y` : day;
  let written = format.written.get(key);
  if (written === undefined) {
    written = (withYear ? format.long : format.short).format(dayToDate(day));
    if (format.written.size >= WRITTEN_DAYS_KEPT) format.written.clear();
    format.written.set(key, written);
  }
  return written;
}

export function days(n: number): string {
  return plural(n, l10n.t('{0} day', n), l10n.t('{0} days', n));
}

/** Day N, counted as everywhere else: the first day is day 1 (see dayCount in lifecycle.ts). */
export function dayN(n: number): string {
  return l10n.t('day {0}', n);
}

/** A phase's state for the tree: `done · Nov 2 – Nov 20 · 18 days`, `day 5 · since Nov 20`, `not reached`. */
export function phaseDescription(summary: PhaseSummary, today: CalendarDay, dayOfPhase: number): string {
  switch (summary.state) {
    case 'current':
      return l10n.t(
        '{0} · since {1}',
        dayN(dayOfPhase),
        shortDay(summary.spans[summary.spans.length - 1].start, today),
      );
    case 'done': {
      const first = summary.spans[0];
      const last = summary.spans[summary.spans.length - 1];
      const range = `${shortDay(first.start, today)} – ${shortDay(last.end ?? today, today)}`;
      return l10n.t('done · {0} · {1}', range, days(summary.days));
    }
    case 'skipped':
      return l10n.t('skipped');
    case 'not-reached':
      return l10n.t('not reached');
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
      ? l10n.t('Launched on the target day, {0}', target)
      : d < 0
        ? l10n.t('Launched {0} before the target ({1})', days(-d), target)
        : l10n.t('Launched {0} after the target ({1})', days(d), target);
  }
  const left = life.daysToTarget ?? 0;
  if (left > 0) return l10n.t('{0} left to the launch target ({1})', days(left), target);
  if (left === 0) return l10n.t('The launch target is today ({0})', target);
  return plural(
    -left,
    l10n.t('The launch target ({0}) passed {1} day ago', target, -left),
    l10n.t('The launch target ({0}) passed {1} days ago', target, -left),
  );
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
  return plural(count, l10n.t('{0} open action item', count), l10n.t('{0} open action items', count));
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
      shown = [...shown, l10n.t('{0} to do', toDo)];
      facts = [...facts, openActionItemsText(toDo)];
    }
  } else if (entry.kind === 'decision') {
    facts = shown = isReviewDue(entry, today) ? [decisionStatus(entry), l10n.t('review due')] : [decisionStatus(entry)];
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
      label: l10n.t('Next: {0}', charter.nextStep),
      tooltip: l10n.t('Next step: {0}\nClick to change it', charter.nextStep),
      icon: 'arrow-right',
    });
  }
  rows.push({
    key: 'goal',
    label: charter.learningGoal ?? l10n.t('No learning goal yet'),
    tooltip: l10n.t('Learning goal: {0}', charter.learningGoal ?? l10n.t('not set yet')),
    icon: 'mortar-board',
  });
  const done = charter.definitionOfDone;
  if (done.length > 0) {
    const items = doneItems(charter);
    rows.push({
      key: 'done',
      label: l10n.t('Definition of done'),
      // Not doneCountText: that one is written into retrospectives, which stay in the journal's English.
      description: l10n.t('{0} of {1} done', items.filter((d) => d.done).length, items.length),
      tooltip: [l10n.t('Definition of done:'), ...items.map((d) => `- [${d.done ? 'x' : ' '}] ${d.text}`)].join('\n'),
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
    label =
      d === 0
        ? l10n.t('Launched on target')
        : d < 0
          ? l10n.t('Launched {0} early', days(-d))
          : l10n.t('Launched {0} late', days(d));
  } else {
    const left = life.daysToTarget ?? 0;
    label =
      left > 0
        ? l10n.t('{0} left', days(left))
        : left === 0
          ? l10n.t('Launch target today')
          : l10n.t('{0} past target', days(-left));
  }
  return {
    key: 'target',
    label,
    description: l10n.t('target {0}', shortDay(life.launchTarget, stats.today)),
    tooltip,
    icon: 'calendar',
  };
}

/** `Paused until Dec 14`, or `paused` when the day is unknown. */
export function pausedText(pausedUntil: CalendarDay | undefined, today: CalendarDay): string {
  return pausedUntil ? l10n.t('Paused until {0}', shortDay(pausedUntil, today)) : l10n.t('Paused');
}

/** Momentum in a few words: a pause, a quiet spell, a slowdown, or the recent pace; the last entry beside it. */
export function momentumRow(m: Momentum, today: CalendarDay, pausedUntil?: CalendarDay): GlanceRow {
  const since = m.daysSinceLastEntry ?? 0;
  const ago =
    since === 0
      ? l10n.t('today')
      : since === 1
        ? l10n.t('yesterday')
        : plural(since, l10n.t('{0} day ago', since), l10n.t('{0} days ago', since));
  const lastOn = m.lastEntryOn === undefined ? undefined : l10n.t('last entry {0}', shortDay(m.lastEntryOn, today));
  const entries = plural(m.recentCount, l10n.t('{0} entry', m.recentCount), l10n.t('{0} entries', m.recentCount));
  const commitDays = plural(
    m.recentCommitDays,
    l10n.t('{0} commit day', m.recentCommitDays),
    l10n.t('{0} commit days', m.recentCommitDays),
  );
  const pace =
    m.recentCommitDays > 0 ? l10n.t('{0}, {1} in 14 days', entries, commitDays) : l10n.t('{0} in 14 days', entries);
  const lastCommit =
    m.lastCommitOn === undefined ? '' : ` ${l10n.t('Last commit {0}.', shortDay(m.lastCommitOn, today))}`;
  const details =
    m.lastEntryOn === undefined
      ? `${l10n.t('No entries yet.')}${lastCommit}`
      : `${l10n.t('{0}, the best 14 days held {1}; last entry {2}.', pace, m.bestCount, ago)}${lastCommit}`;
  const row = (label: string, description: string | undefined, icon: string, why: string): GlanceRow => ({
    key: 'momentum',
    label,
    description,
    tooltip: why ? l10n.t('Momentum: {0} {1}', why, details) : l10n.t('Momentum: {0}', details),
    icon,
  });
  if (m.paused) {
    return row(pausedText(pausedUntil, today), lastOn, 'debug-pause', l10n.t('paused: no nudges until then.'));
  }
  if (m.lastEntryOn === undefined && m.lastCommitOn === undefined) {
    return row(l10n.t('No entries yet'), undefined, 'pulse', '');
  }
  if (m.stale) {
    const quiet = m.daysSinceLastActivity ?? since;
    const label = plural(quiet, l10n.t('Quiet for {0} day', quiet), l10n.t('Quiet for {0} days', quiet));
    return row(label, lastOn, 'watch', l10n.t('quiet.'));
  }
  if (m.lastEntryOn === undefined) {
    return row(l10n.t('{0} in 14 days', commitDays), l10n.t('no entries yet'), 'pulse', '');
  }
  if (m.drop) {
    const label = l10n.t('Slowing: {0} in 14 days', m.recentCount);
    return row(label, l10n.t('best {0}', m.bestCount), 'watch', l10n.t('slowing down.'));
  }
  return row(pace, l10n.t('last {0}', ago), 'pulse', '');
}

/** Momentum in one line, for the dashboard: the row's label and description. */
export function momentumText(m: Momentum, today: CalendarDay, pausedUntil?: CalendarDay): string {
  const row = momentumRow(m, today, pausedUntil);
  return row.description ? `${row.label} · ${row.description}` : row.label;
}

/** One line worth a launch: the day in production, and the launch against its target. */
export function launchCelebration(life: Lifecycle): string {
  const day = life.daysInProduction ?? 1;
  const vsTarget = life.launchVsTarget;
  if (vsTarget === undefined) return l10n.t('🚀 Launched: day {0} in production', day);
  if (vsTarget === 0) return l10n.t('🚀 Launched: day {0} in production (on the target day)', day);
  return vsTarget < 0
    ? l10n.t('🚀 Launched: day {0} in production ({1} before the target)', day, days(-vsTarget))
    : l10n.t('🚀 Launched: day {0} in production ({1} after the target)', day, days(vsTarget));
}

/** A milestone in words. Reaching production is counted from the lifecycle, as every other day count is. */
export function milestoneText(milestone: Milestone, life: Lifecycle): string {
  if (milestone.id !== 'production' || life.daysToProduction === undefined) return milestone.label;
  return reachedProductionText(life.daysToProduction, life.launchVsTarget);
}

/** `Reached production on day 36, 5 days after the target`; `vsTarget` is days after it (negative: before). */
export function reachedProductionText(dayOfLaunch: number, vsTarget: number | undefined): string {
  const d = vsTarget;
  const on = dayN(dayOfLaunch);
  if (d === undefined) return l10n.t('Reached production on {0}', on);
  if (d === 0) return l10n.t('Reached production on {0}, on the target day', on);
  return d < 0
    ? l10n.t('Reached production on {0}, {1} before the target', on, days(-d))
    : l10n.t('Reached production on {0}, {1} after the target', on, days(d));
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
  const tooltip: string[] = [charter.project ? l10n.t('Side Project: {0}', charter.project) : l10n.t('Side Project')];
  if (life.daysInProduction !== undefined) {
    const inProduction = l10n.t('{0} in production', days(life.daysInProduction));
    parts.push(`$(rocket) ${inProduction}`);
    spoken.push(inProduction);
    const since = shortDay(life.launchedOn ?? stats.today, stats.today);
    tooltip.push(l10n.t('In production since {0} (launch day is day 1)', since));
  } else {
    const phase = phaseLabel(life.currentPhase);
    parts.push(`$(milestone) ${phase} · ${dayN(life.dayOfPhase)}`);
    spoken.push(l10n.t('{0} phase, {1}', phase, dayN(life.dayOfPhase)));
    tooltip.push(l10n.t('{0} phase, {1}', phase, dayN(life.dayOfPhase)));
  }
  if (charter.nextStep) tooltip.push(l10n.t('Next: {0}', charter.nextStep));
  const target = launchTargetText(stats);
  if (target) tooltip.push(target);
  const open = stats.incidents.open.length;
  if (open > 0) {
    parts.push(`$(flame) ${open}`);
    const openIncidents = plural(open, l10n.t('{0} open incident', open), l10n.t('{0} open incidents', open));
    spoken.push(openIncidents);
    tooltip.push(openIncidents);
  }
  if (stats.incidents.openActionItems > 0) tooltip.push(openActionItemsText(stats.incidents.openActionItems));
  if (stats.momentum.stale) {
    parts.push('$(watch)');
    spoken.push(l10n.t('quiet'));
    const m = stats.momentum;
    const quiet = m.daysSinceLastActivity ?? 0;
    tooltip.push(
      m.lastCommitOn === undefined
        ? plural(quiet, l10n.t('Quiet: no entry for {0} day', quiet), l10n.t('Quiet: no entry for {0} days', quiet))
        : plural(
            quiet,
            l10n.t('Quiet: no entry or commit for {0} day', quiet),
            l10n.t('Quiet: no entry or commit for {0} days', quiet),
          ),
    );
  }
  if (stats.momentum.paused) {
    const paused = pausedText(charter.pausedUntil, stats.today);
    parts.push('$(debug-pause)');
    spoken.push(paused.toLowerCase());
    tooltip.push(l10n.t('{0}: no nudges until then', paused));
  }
  tooltip.push(l10n.t('Click to open the dashboard'));
  return { text: parts.join('  '), tooltip: tooltip.join('\n'), accessibleLabel: spoken.join(', ') };
}
