// The retrospective the developer would never find time to write, as a pure function of the journal and the
// day: the same journal, scope and day always give the same document, byte for byte. Days are written as
// `YYYY-MM-DD` (no locale, no clock), so the document reads the same on every machine.
import { addDays, daysBetween } from '../model/calendar';
import type { CalendarDay, Entry, Journal, Phase } from '../model/types';
import { metadataValue } from '../read/parseJournal';
import { entryBody } from '../write/escaping';
import { doneCountText, doneItems } from '../stats/doneItems';
import { deliveryMetrics, type Deploy } from '../stats/delivery';
import { decisionStatus, isFailedDeploy } from '../stats/entryStatus';
import { incidents, type IncidentStats, type IncidentSummary } from '../stats/incidents';
import { lessonLines } from '../stats/lessons';
import { dayCount, lifecycle, projectStart, type Lifecycle, type PhaseSpan } from '../stats/lifecycle';
import { momentum } from '../stats/momentum';
import { decisionReview } from '../stats/reviews';
import { formatDuration } from './formatDuration';
import { quantity } from './plural';
import { entryTitle, phaseLabel } from './viewText';

export type RetrospectiveScope =
  | { readonly kind: 'project' }
  | { readonly kind: 'phase'; readonly phase: Phase }
  /** A calendar month, `YYYY-MM`. */
  | { readonly kind: 'month'; readonly month: string }
  /** From the last `Retrospective:` note on. */
  | { readonly kind: 'sinceLast' };

export interface Retrospective {
  /** What the scope is called: the note's title is `Retrospective: <label>`. */
  readonly label: string;
  readonly from: CalendarDay;
  readonly to: CalendarDay;
  readonly markdown: string;
}

/** The title a retrospective note has: how "since the last retrospective" finds the last one. */
export const RETROSPECTIVE_TITLE = /^retrospective:/i;

export function retrospectiveNoteTitle(label: string): string {
  return `Retrospective: ${label}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `November 2026` for `2026-11`. */
export function monthLabel(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** The last day of a `YYYY-MM` month. */
function monthEnd(month: string): CalendarDay {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const next =
    m === 12
      ? `${String(year + 1).padStart(4, '0')}-01-01`
      : `${month.slice(0, 4)}-${String(m + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

/** The last retrospective note written by `today`, when there is one. */
function lastRetrospective(journal: Pick<Journal, 'entries'>, today: CalendarDay): Entry | undefined {
  for (let i = journal.entries.length - 1; i >= 0; i--) {
    const e = journal.entries[i];
    if (e.kind === 'note' && e.date <= today && RETROSPECTIVE_TITLE.test(e.title)) return e;
  }
  return undefined;
}

export interface ScopeChoice {
  readonly scope: RetrospectiveScope;
  readonly label: string;
  readonly description: string;
}

/** The scopes worth offering on `today`: since the last retrospective, the project, its phases, its months. */
export function retrospectiveScopes(journal: Journal, today: CalendarDay): ScopeChoice[] {
  const life = lifecycle(journal, today);
  const choices: ScopeChoice[] = [];
  const last = lastRetrospective(journal, today);
  if (last) {
    choices.push({
      scope: { kind: 'sinceLast' },
      label: `Since ${last.date}`,
      description: 'since the last retrospective',
    });
  }
  choices.push({ scope: { kind: 'project' }, label: 'Whole project', description: `since ${life.startedOn}` });
  for (const summary of life.phases) {
    if (summary.spans.length === 0) continue;
    choices.push({
      scope: { kind: 'phase', phase: summary.phase },
      label: `${phaseLabel(summary.phase)} phase`,
      description: `${summary.state === 'current' ? 'current · ' : ''}${quantity(summary.days, 'day')}`,
    });
  }
  for (let month = today.slice(0, 7); month >= life.startedOn.slice(0, 7); month = previousMonth(month)) {
    choices.push({ scope: { kind: 'month', month }, label: monthLabel(month), description: 'calendar month' });
  }
  return choices;
}

function previousMonth(month: string): string {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 1 ? `${String(year - 1).padStart(4, '0')}-12` : `${month.slice(0, 4)}-${String(m - 1).padStart(2, '0')}`;
}

interface Period {
  readonly label: string;
  /** For a phase's retrospective, the phase. */
  readonly phase?: Phase;
  readonly from: CalendarDay;
  readonly to: CalendarDay;
  readonly entries: readonly Entry[];
}

function period(journal: Journal, today: CalendarDay, scope: RetrospectiveScope, life: Lifecycle): Period {
  const upToToday = journal.entries.filter((e) => e.date <= today);
  const whole = (label: string): Period => ({
    label,
    from: projectStart(journal, today),
    to: today,
    entries: upToToday,
  });
  switch (scope.kind) {
    case 'project':
      return whole('Whole project');
    case 'sinceLast': {
      const last = lastRetrospective(journal, today);
      if (!last) return whole('Whole project');
      return {
        label: `Since ${last.date}`,
        from: last.date,
        to: today,
        entries: upToToday.filter((e) => e.line > last.line),
      };
    }
    case 'phase': {
      const spans = life.phases.find((p) => p.phase === scope.phase)?.spans ?? [];
      const from = spans[0]?.start ?? today;
      const to = spans[spans.length - 1]?.end ?? today;
      const entries = upToToday.filter((e) => e.phase === scope.phase);
      return { label: `${phaseLabel(scope.phase)} phase`, phase: scope.phase, from, to, entries };
    }
    case 'month': {
      const start = projectStart(journal, today);
      const from = start > `${scope.month}-01` && start.startsWith(scope.month) ? start : `${scope.month}-01`;
      const end = monthEnd(scope.month);
      const to = end < today ? end : today;
      return {
        label: monthLabel(scope.month),
        from,
        to,
        entries: upToToday.filter((e) => e.date >= from && e.date <= to),
      };
    }
  }
}

const within = (day: string | undefined, p: Period) => day !== undefined && day >= p.from && day <= p.to;
const list = (items: readonly string[], none = '- None.') => (items.length > 0 ? items : [none]);
const at = (e: Entry) => `${e.date} ${entryTitle(e)}`;

function phasesSection(life: Lifecycle, today: CalendarDay, p: Period): string[] {
  // A phase's own retrospective shows its own visits; any other period, the phases it overlaps.
  const overlaps = (s: PhaseSpan) => s.start <= p.to && (s.end ?? today) > p.from;
  const spans = life.history.filter((s) => (p.phase ? s.phase === p.phase : overlaps(s) || s.start === p.from));
  const lines = spans.map((s) => {
    const end = s.end ? s.end : 'today';
    return `- ${phaseLabel(s.phase)}: ${s.start} to ${end} · ${quantity(s.days, 'day')}${s.end ? '' : ' (current)'}`;
  });
  const target = life.launchTarget;
  let launch: string;
  if (!target) launch = 'No launch target set.';
  else if (life.launchedOn !== undefined && life.launchedOn <= today) {
    const vs = daysBetween(target, life.launchedOn);
    const how =
      vs === 0 ? 'on the target day' : `${quantity(Math.abs(vs), 'day')} ${vs < 0 ? 'before' : 'after'} the target`;
    const day = `day ${life.daysToProduction} of the project`;
    launch = `Launch target ${target}: launched ${life.launchedOn}, on ${day}, ${how}.`;
  } else {
    const left = daysBetween(today, target);
    launch =
      left >= 0
        ? `Launch target ${target}: not launched yet, ${quantity(left, 'day')} left.`
        : `Launch target ${target}: not launched yet, ${quantity(-left, 'day')} past it.`;
  }
  return ['## Phases', '', ...list(lines), '', launch];
}

function decisionsSection(journal: Journal, p: Period): string[] {
  const decisions = journal.entries.filter((e) => e.kind === 'decision');
  const made = p.entries.filter((e) => e.kind === 'decision').map((e) => `- ${at(e)} · ${decisionStatus(e)}`);
  const superseded: string[] = [];
  const reviewed: string[] = [];
  const due: string[] = [];
  for (const e of decisions) {
    const by = metadataValue(e, 'superseded by')?.trim();
    if (decisionStatus(e) === 'superseded' && within(by?.slice(0, 10), p)) superseded.push(`- ${at(e)}, by ${by}`);
    const review = decisionReview(e, p.to);
    if (within(review.reviewedOn, p)) {
      reviewed.push(`- ${at(e)} · ${review.verdict ?? 'no verdict'} on ${review.reviewedOn}`);
    }
    if (review.due && e.date <= p.to) due.push(`- ${at(e)} · review due since ${review.reviewOn}`);
  }
  return [
    '## Decisions',
    '',
    ...list(made, '- No decision made.'),
    '',
    '### Superseded',
    '',
    ...list(superseded),
    '',
    '### Reviewed',
    '',
    ...list(reviewed),
    '',
    '### Review due',
    '',
    ...list(due),
  ];
}

const TASK_OPEN = /^\s*[-*+]\s+\[ \]\s+(.*\S)\s*$/;
const MIGHT_HOLD_LESSON_OR_TASK = /lesson|\[ \]/i;

function incidentsSection(text: string, all: IncidentStats, p: Period): string[] {
  const inPeriod = new Set(p.entries.filter((e) => e.kind === 'incident'));
  const summaries = [...all.open, ...all.resolved].filter((i) => inPeriod.has(i.entry));
  summaries.sort((a, b) => a.entry.line - b.entry.line);
  const row = (i: IncidentSummary) => {
    const facts = [i.severity ?? 'no severity', i.status];
    if (i.minutesToResolve !== undefined) facts.push(`restored in ${formatDuration(i.minutesToResolve)}`);
    return `- ${at(i.entry)} · ${facts.join(' · ')}`;
  };
  const times = summaries.map((i) => i.minutesToResolve).filter((m): m is number => m !== undefined);
  const mean = times.length ? Math.round(times.reduce((a, b) => a + b, 0) / times.length) : undefined;
  const lessonRows: string[] = [];
  const actions: string[] = [];
  for (const i of summaries) {
    if (i.status !== 'resolved') actions.push(`- Resolve: ${at(i.entry)}`);
    // Most bodies hold neither a lesson nor a task: only those that might are read line by line.
    if (!MIGHT_HOLD_LESSON_OR_TASK.test(text.slice(i.entry.bodyStart, i.entry.end))) continue;
    const body = entryBody(text, i.entry);
    for (const lesson of lessonLines(body)) lessonRows.push(`- ${lesson} (${at(i.entry)})`);
    for (const line of body.split('\n')) {
      const task = TASK_OPEN.exec(line);
      if (task) actions.push(`- ${task[1]} (${at(i.entry)})`);
    }
  }
  const restore =
    mean === undefined
      ? 'No incident restored in this period.'
      : `Mean time to restore: ${formatDuration(mean)} over ${quantity(times.length, 'incident')}.`;
  return [
    '## Incidents',
    '',
    ...list(summaries.map(row), '- No incident.'),
    '',
    restore,
    '',
    '### Lessons',
    '',
    ...list(lessonRows),
    '',
    '### Open action items',
    '',
    ...list(actions),
  ];
}

/**
 * The period's Deploy entries, as the delivery metrics see them: failed by their own status, or named by an
 * incident's `- Deploy:`. Deploy tags are git's, not the journal's, so a retrospective (a function of the
 * journal alone) leaves them out.
 */
function deploysSection(journal: Journal, all: IncidentStats, p: Period): string[] {
  const inPeriod = new Set(p.entries.filter((e) => e.kind === 'deploy'));
  const deploys = deliveryMetrics(journal, p.to, undefined, all).deploys.filter(
    (d): d is Deploy & { entry: Entry } => d.entry !== undefined && inPeriod.has(d.entry),
  );
  const row = (d: (typeof deploys)[number]) => {
    const facts = [d.status];
    if (d.failed && !isFailedDeploy(d.entry)) facts.push('an incident names it');
    if (d.commit) facts.push(`commit ${d.commit.slice(0, 7)}`);
    return `- ${at(d.entry)} · ${facts.join(' · ')}`;
  };
  if (deploys.length === 0) return ['## Deploys', '', '- No deploy.'];
  const failed = deploys.filter((d) => d.failed).length;
  const rate = Math.round((failed / deploys.length) * 100);
  return [
    '## Deploys',
    '',
    ...deploys.map(row),
    '',
    `${quantity(deploys.length, 'deploy')}, ${failed} failed: a change failure rate of ${rate}%.`,
  ];
}

function momentumSection(journal: Journal, p: Period): string[] {
  const daysLong = dayCount(p.from, p.to);
  const activeDays = [...new Set(p.entries.map((e) => e.date))].sort();
  const lines = [`- ${quantity(p.entries.length, 'entry', 'entries')} in ${quantity(daysLong, 'day')}.`];
  // The longest run of days without an entry, the period's first and last days included.
  let gap = { days: 0, from: '', to: '' };
  const bounds = [addDays(p.from, -1), ...activeDays, addDays(p.to, 1)];
  for (let i = 1; i < bounds.length; i++) {
    const quiet = daysBetween(bounds[i - 1], bounds[i]) - 1;
    if (quiet > gap.days) gap = { days: quiet, from: addDays(bounds[i - 1], 1), to: addDays(bounds[i], -1) };
  }
  lines.push(
    gap.days > 0
      ? `- Longest quiet stretch: ${quantity(gap.days, 'day')} without an entry, ${gap.from} to ${gap.to}.`
      : '- An entry every day.',
  );
  lines.push(`- Days with an entry: ${activeDays.length} of ${daysLong}.`);
  const m = momentum(journal, p.to);
  lines.push(
    m.drop
      ? `- On ${p.to} the project was in an enthusiasm drop, since ${m.dropSince}.`
      : `- On ${p.to} the project was not in an enthusiasm drop.`,
  );
  const paused = journal.charter.pausedUntil;
  if (paused !== undefined && paused >= p.from) lines.push(`- Paused until ${paused}.`);
  return ['## Momentum', '', ...lines];
}

function doneSection(journal: Journal): string[] {
  const items = doneItems(journal.charter);
  if (items.length === 0) return ['## Definition of done', '', 'Not set yet.'];
  return [
    '## Definition of done',
    '',
    ...items.map((i) => `- [${i.done ? 'x' : ' '}] ${i.text}`),
    '',
    `${doneCountText(items)}.`,
  ];
}

function learningSection(journal: Journal, p: Period): string[] {
  const goal = journal.charter.learningGoal;
  const question = `What did these ${quantity(dayCount(p.from, p.to), 'day')} teach you about it?`;
  if (!goal) {
    return ['## Learning goal', '', 'Not set yet. What did this period teach you that the day job does not?'];
  }
  return ['## Learning goal', '', `> ${goal}`, '', question];
}

/** The retrospective of `scope` on `today`, in markdown: one section after another, each from the journal. */
export function retrospective(
  text: string,
  journal: Journal,
  today: CalendarDay,
  scope: RetrospectiveScope,
): Retrospective {
  const life = lifecycle(journal, today);
  const p = period(journal, today, scope, life);
  const summaries = incidents(journal);
  const project = journal.charter.project ?? 'Side project';
  const sections = [
    [
      `# ${retrospectiveNoteTitle(p.label)}`,
      '',
      `${project} · ${p.from} to ${p.to} · ${quantity(dayCount(p.from, p.to), 'day')}`,
    ],
    phasesSection(life, today, p),
    decisionsSection(journal, p),
    incidentsSection(text, summaries, p),
    deploysSection(journal, summaries, p),
    momentumSection(journal, p),
    doneSection(journal),
    learningSection(journal, p),
  ];
  const markdown = `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
  return { label: p.label, from: p.from, to: p.to, markdown };
}
