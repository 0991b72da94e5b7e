// The dashboard's charts: a model (numbers a test can read) and SVG drawn from it. Pure: the same journal
// and day give the same markup. Colours are classes that dashboard.css maps to the theme's CSS variables,
// so the charts read in light, dark and high-contrast themes; each chart has a title and a description
// for screen readers.
import { addDays, daysBetween } from '../model/calendar';
import { dayN, days, phaseLabel, shortDay } from './viewText';
import * as l10n from '@vscode/l10n';
import { plural } from './plural';
import type { Lifecycle } from '../stats/lifecycle';
import type { Momentum } from '../stats/momentum';
import type { CalendarDay, Phase } from '../model/types';

export const CHART_WIDTH = 640;

export interface TimelineSpan {
  readonly phase: Phase;
  readonly start: CalendarDay;
  /** The day the next phase began, or today for the current one. */
  readonly end: CalendarDay;
  readonly days: number;
  readonly current: boolean;
  readonly x: number;
  readonly width: number;
}

export interface TimelineModel {
  readonly start: CalendarDay;
  readonly today: CalendarDay;
  readonly totalDays: number;
  readonly spans: readonly TimelineSpan[];
  /** Where the launch and the launch target fall on the axis, when they do. */
  readonly launchX: number | undefined;
  readonly targetX: number | undefined;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function timelineModel(life: Lifecycle, today: CalendarDay, width = CHART_WIDTH): TimelineModel {
  const start = life.history[0].start < today ? life.history[0].start : today;
  const lastDay = life.launchTarget && life.launchTarget > today ? life.launchTarget : today;
  // Days on the axis, the last one included: a project started today still gets a one-day span.
  const totalDays = daysBetween(start, lastDay) + 1;
  const xOf = (day: CalendarDay) => round((Math.max(0, daysBetween(start, day)) / totalDays) * width);
  const spans = life.history.map((span, i): TimelineSpan => {
    const current = i === life.history.length - 1;
    const end = span.end ?? addDays(today, 1);
    const x = xOf(span.start);
    return {
      phase: span.phase,
      start: span.start,
      end: span.end ?? today,
      days: span.days,
      current,
      x,
      width: Math.max(1, round(xOf(end) - x)),
    };
  });
  return {
    start,
    today,
    totalDays,
    spans,
    launchX: life.launchedOn && life.launchedOn <= today ? xOf(life.launchedOn) : undefined,
    targetX: life.launchTarget ? xOf(life.launchTarget) : undefined,
  };
}

/** A span's length as the other views say it: a done phase in days, the current one as "day N" (the same number). */
export function spanLength(span: Pick<TimelineSpan, 'days' | 'current'>): string {
  return span.current ? dayN(span.days) : days(span.days);
}

const BAR_BOTTOM = 32;

function spanEnd(span: TimelineSpan, today: CalendarDay): string {
  return span.current ? l10n.t('today') : shortDay(span.end, today);
}

/** The frame every chart shares: an accessible image named by its title, described by its summary. */
function chartSvg(
  name: string,
  title: string,
  frame: { width: number; height: number; summary: string },
  body: string,
): string {
  return (
    `<svg class="chart ${name}" viewBox="0 0 ${frame.width} ${frame.height}" role="img" ` +
    `aria-labelledby="${name}-title ${name}-desc"><title id="${name}-title">${title}</title>` +
    `<desc id="${name}-desc">${frame.summary}</desc>${body}</svg>`
  );
}

export function timelineSvg(model: TimelineModel, width = CHART_WIDTH): string {
  const height = 68;
  const summary = model.spans
    .map((s) =>
      l10n.t(
        '{0} {1} to {2}, {3}',
        phaseLabel(s.phase),
        shortDay(s.start, model.today),
        spanEnd(s, model.today),
        spanLength(s),
      ),
    )
    .join('; ');
  const bars = model.spans
    .map(
      (s) =>
        `<rect class="phase-${s.phase}${s.current ? ' current' : ''}" x="${s.x}" y="8" width="${s.width}" ` +
        `height="24" rx="3"><title>${phaseLabel(s.phase)}: ${shortDay(s.start, model.today)} – ` +
        `${spanEnd(s, model.today)} · ${spanLength(s)}${s.current ? ` (${l10n.t('current')})` : ''}</title></rect>` +
        (s.width >= 48 ? `<text class="label" x="${round(s.x + 4)}" y="25">${phaseLabel(s.phase)}</text>` : ''),
    )
    .join('');
  // Launch and target are ticks under the bars, so neither runs through a phase's label.
  const tick = (cls: 'launch' | 'target', x: number, labelY: number) =>
    `<line class="${cls}" x1="${x}" x2="${x}" y1="${BAR_BOTTOM + 2}" y2="${BAR_BOTTOM + 12}"/>` +
    `<text class="mark" x="${x}" y="${labelY}">${cls === 'launch' ? l10n.t('launch') : l10n.t('target')}</text>`;
  const close =
    model.launchX !== undefined && model.targetX !== undefined && Math.abs(model.launchX - model.targetX) < 50;
  const marks = [
    model.launchX !== undefined ? tick('launch', model.launchX, 54) : '',
    model.targetX !== undefined ? tick('target', model.targetX, close ? 64 : 54) : '',
  ].join('');
  return chartSvg('timeline', l10n.t('Phase timeline'), { width, height, summary }, bars + marks);
}

export interface ActivityBar {
  readonly start: CalendarDay;
  readonly count: number;
  readonly x: number;
  readonly height: number;
  /** The week's days with commits, and their bar's height (0 without commits). */
  readonly commitDays: number;
  readonly commitHeight: number;
}

export interface ActivityModel {
  readonly bars: readonly ActivityBar[];
  readonly barWidth: number;
  readonly max: number;
  /** The bar of the week the enthusiasm drop began, when there is one. */
  readonly dropIndex: number | undefined;
  /** True when some week has commit days: each week then has a second bar for them. */
  readonly commits: boolean;
}

const ACTIVITY_HEIGHT = 100;
/** Room on the left of the weekly chart for its scale. */
export const ACTIVITY_GUTTER = 28;

export function activityModel(m: Momentum, width = CHART_WIDTH): ActivityModel {
  let max = 1;
  let commits = false;
  for (const w of m.weeks) {
    max = Math.max(max, w.count, w.commitDays);
    if (w.commitDays > 0) commits = true;
  }
  const barWidth = round((width - ACTIVITY_GUTTER) / Math.max(1, m.weeks.length));
  const bars = m.weeks.map((w, i) => ({
    start: w.start,
    count: w.count,
    x: round(ACTIVITY_GUTTER + i * barWidth),
    height: round((w.count / max) * ACTIVITY_HEIGHT),
    commitDays: w.commitDays,
    commitHeight: round((w.commitDays / max) * ACTIVITY_HEIGHT),
  }));
  let dropIndex: number | undefined;
  if (m.dropSince !== undefined) {
    const i = m.weeks.findIndex(
      (w, k) => w.start <= m.dropSince! && (k === m.weeks.length - 1 || m.weeks[k + 1].start > m.dropSince!),
    );
    dropIndex = i >= 0 ? i : undefined;
  }
  return { bars, barWidth, max, dropIndex, commits };
}

/**
 * Weekly activity: a bar per week on a baseline, a scale from 0 to the busiest week, the enthusiasm drop
 * marked, and a legend for what the colours and the dashed line mean.
 */
export function activitySvg(model: ActivityModel, today: CalendarDay, width = CHART_WIDTH): string {
  const top = 16;
  const baseline = top + ACTIVITY_HEIGHT;
  const legendY = baseline + 34;
  const height = legendY + 4;
  const gap = model.barWidth > 4 ? 1 : 0;
  // With commits, each week is two bars side by side: its entries, then its days with commits.
  const width1 = Math.max(0.5, round((model.commits ? model.barWidth / 2 : model.barWidth) - gap));
  const weekTitle = (b: ActivityBar) => {
    const week = shortDay(b.start, today);
    const count = entriesText(b.count);
    return `<title>${
      model.commits
        ? l10n.t('Week of {0}: {1}, {2}', week, count, commitDaysText(b.commitDays))
        : l10n.t('Week of {0}: {1}', week, count)
    }</title>`;
  };
  const bars = model.bars
    .map(
      (b, i) =>
        `<rect class="week${model.dropIndex !== undefined && i >= model.dropIndex ? ' quiet' : ''}" x="${b.x}" ` +
        `y="${round(baseline - b.height)}" width="${width1}" height="${b.height}">${weekTitle(b)}</rect>` +
        (model.commits
          ? `<rect class="commits" x="${round(b.x + model.barWidth / 2)}" y="${round(baseline - b.commitHeight)}" ` +
            `width="${width1}" height="${b.commitHeight}">${weekTitle(b)}</rect>`
          : ''),
    )
    .join('');
  const left = ACTIVITY_GUTTER;
  const scale =
    `<line class="grid" x1="${left}" x2="${width}" y1="${top}" y2="${top}"/>` +
    `<text class="axis scale" x="${left - 4}" y="${top + 4}">${model.max}</text>` +
    `<text class="axis scale" x="${left - 4}" y="${baseline + 4}">0</text>` +
    `<line class="baseline" x1="${left}" x2="${width}" y1="${baseline}" y2="${baseline}"/>`;
  let drop = '';
  if (model.dropIndex !== undefined) {
    const x = model.bars[model.dropIndex].x;
    const label = l10n.t('enthusiasm drop');
    drop =
      `<line class="drop" x1="${x}" x2="${x}" y1="${top - 10}" y2="${baseline}"/>` +
      `<text class="mark" x="${round(Math.min(x + 4, width - 110))}" y="${top - 2}">${label}</text>`;
  }
  const first = model.bars[0];
  const axis = first
    ? `<text class="axis" x="${left}" y="${baseline + 16}">${shortDay(first.start, today)}</text>` +
      `<text class="axis end" x="${width}" y="${baseline + 16}">${l10n.t('this week')}</text>`
    : '';
  // The legend names only what the chart shows: the quiet weeks and the drop line when there is a drop.
  type Key = 'week' | 'quiet' | 'drop' | 'commits';
  const swatch = (x: number, what: Key) =>
    what === 'drop'
      ? `<line class="drop" x1="${x + 5}" x2="${x + 5}" y1="${legendY - 10}" y2="${legendY + 2}"/>`
      : `<rect class="${what === 'quiet' ? 'week quiet' : what}" x="${x}" y="${legendY - 9}" width="10" height="10"/>`;
  const keys: [Key, string][] = [['week', l10n.t('entries in a week')]];
  if (model.commits) keys.push(['commits', l10n.t('days with commits')]);
  if (model.dropIndex !== undefined) {
    keys.push(['quiet', l10n.t('weeks since the drop')], ['drop', l10n.t('enthusiasm drop')]);
  }
  const legend = keys
    .map(
      ([what, words], i) =>
        `${swatch(left + i * 150, what)}<text class="legend" x="${left + i * 150 + 16}" y="${legendY}">${words}</text>`,
    )
    .join('');
  const total = model.bars.reduce((n, b) => n + b.count, 0);
  const dropWeek = model.dropIndex !== undefined ? shortDay(model.bars[model.dropIndex].start, today) : undefined;
  const dropText = dropWeek ? `; ${l10n.t('the enthusiasm drop began in the week of {0}', dropWeek)}` : '';
  const weeks = plural(
    model.bars.length,
    l10n.t('{0} week', model.bars.length),
    l10n.t('{0} weeks', model.bars.length),
  );
  const commitDays = model.bars.reduce((n, b) => n + b.commitDays, 0);
  const summary = model.commits
    ? l10n.t(
        '{0} and {1} over {2}, at most {3} in a week',
        entriesText(total),
        commitDaysText(commitDays),
        weeks,
        model.max,
      )
    : l10n.t('{0} over {1}, at most {2} in a week', entriesText(total), weeks, model.max);
  const title = l10n.t('Weekly activity');
  return chartSvg(
    'activity',
    title,
    { width, height, summary: summary + dropText },
    scale + bars + drop + axis + legend,
  );
}

function entriesText(n: number): string {
  return plural(n, l10n.t('{0} entry', n), l10n.t('{0} entries', n));
}

function commitDaysText(n: number): string {
  return plural(n, l10n.t('{0} day with commits', n), l10n.t('{0} days with commits', n));
}
