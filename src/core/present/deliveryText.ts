// The four key delivery metrics in words and in a chart, for the dashboard's Delivery section and the agent
// tools. A metric without its data says what it is missing; it is never guessed.
import { formatDuration } from './formatDuration';
import { quantity } from './plural';
import { shortDay } from './viewText';
import type { DeliveryMetrics, DoraBand } from '../stats/delivery';
import type { CalendarDay } from '../model/types';

export interface MetricRow {
  readonly name: string;
  readonly value: string;
  readonly band: DoraBand | undefined;
}

const perWeek = (n: number) => `${Math.round(n * 10) / 10} per week`;
const duration = (minutes: number) => formatDuration(Math.round(minutes));

/** The four metrics as rows: name, value in words, band (undefined when unknown). */
export function deliveryRows(d: DeliveryMetrics): MetricRow[] {
  const deploys = d.deploys.length;
  return [
    {
      name: 'Deployment frequency',
      value:
        deploys === 0
          ? 'No deploys yet'
          : `${perWeek(d.perWeekLast4Weeks)} over the last 4 weeks · ${perWeek(d.perWeekOverall ?? 0)} overall ` +
            `(${quantity(deploys, 'deploy')})`,
      band: d.frequencyBand,
    },
    {
      name: 'Lead time for changes',
      value:
        d.leadTimeMinutes === undefined
          ? 'Unknown: it needs git, and deploys that name their commit (or a deploy tag)'
          : `median ${duration(d.leadTimeMinutes)} over ${quantity(d.leadTimeCommits, 'commit')}`,
      band: d.leadTimeBand,
    },
    {
      name: 'Change failure rate',
      value:
        d.changeFailureRate === undefined
          ? 'No deploys yet'
          : `${Math.round(d.changeFailureRate * 100)}%: ${d.failedDeploys} of ${quantity(deploys, 'deploy')} ` +
            'failed, rolled back or caused an incident',
      band: d.changeFailureBand,
    },
    {
      name: 'Time to restore',
      value:
        d.timeToRestoreMinutes === undefined
          ? 'No resolved incidents yet'
          : `median ${duration(d.timeToRestoreMinutes)} over ${quantity(d.restoredIncidents, 'incident')}`,
      band: d.timeToRestoreBand,
    },
  ];
}

/** A band as the research names it: `Elite`, `High`, `Medium`, `Low`. */
export function bandLabel(band: DoraBand): string {
  return band[0].toUpperCase() + band.slice(1);
}

const HEIGHT = 60;

/** Deploys per week over the last weeks, failed ones stacked on top in the failure colour. */
export function deliverySvg(d: DeliveryMetrics, today: CalendarDay, width = 640): string {
  const gutter = 28;
  const top = 8;
  const baseline = top + HEIGHT;
  const max = Math.max(1, ...d.weeks.map((w) => w.deploys));
  const barWidth = (width - gutter) / d.weeks.length;
  const r = (n: number) => Math.round(n * 10) / 10;
  const bars = d.weeks
    .map((w, i) => {
      const x = r(gutter + i * barWidth);
      const ok = w.deploys - w.failed;
      const okHeight = r((ok / max) * HEIGHT);
      const failedHeight = r((w.failed / max) * HEIGHT);
      const title =
        `<title>Week of ${shortDay(w.start, today)}: ${quantity(w.deploys, 'deploy')}` +
        `${w.failed ? `, ${w.failed} failed` : ''}</title>`;
      const bar = (cls: string, y: number, h: number) =>
        `<rect class="${cls}" x="${x}" y="${r(y)}" width="${r(barWidth - 2)}" height="${h}">${title}</rect>`;
      const failedBar = w.failed > 0 ? bar('failed', baseline - okHeight - failedHeight, failedHeight) : '';
      return bar('deploys', baseline - okHeight, okHeight) + failedBar;
    })
    .join('');
  const total = d.weeks.reduce((n, w) => n + w.deploys, 0);
  const failed = d.weeks.reduce((n, w) => n + w.failed, 0);
  const weeks = `the last ${d.weeks.length} weeks`;
  const summary = `${quantity(total, 'deploy')} in ${weeks}, ${failed} failed, at most ${max} in a week`;
  const legendY = baseline + 30;
  const body =
    `<text class="axis scale" x="${gutter - 4}" y="${top + 4}">${max}</text>` +
    `<text class="axis scale" x="${gutter - 4}" y="${baseline + 4}">0</text>` +
    `<line class="baseline" x1="${gutter}" x2="${width}" y1="${baseline}" y2="${baseline}"/>` +
    bars +
    `<text class="axis" x="${gutter}" y="${baseline + 14}">${shortDay(d.weeks[0].start, today)}</text>` +
    `<text class="axis end" x="${width}" y="${baseline + 14}">this week</text>` +
    `<rect class="deploys" x="${gutter}" y="${legendY - 9}" width="10" height="10"/>` +
    `<text class="legend" x="${gutter + 16}" y="${legendY}">deploys</text>` +
    `<rect class="failed" x="${gutter + 150}" y="${legendY - 9}" width="10" height="10"/>` +
    `<text class="legend" x="${gutter + 166}" y="${legendY}">failed deploys</text>`;
  return (
    `<svg class="chart delivery" viewBox="0 0 ${width} ${legendY + 4}" role="img" ` +
    `aria-labelledby="delivery-title delivery-desc"><title id="delivery-title">Deploys per week</title>` +
    `<desc id="delivery-desc">${summary}</desc>${body}</svg>`
  );
}
