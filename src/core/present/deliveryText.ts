// The four key delivery metrics in words and in a chart, for the dashboard's Delivery section and the agent
// tools. A metric without its data says what it is missing; it is never guessed.
import * as l10n from '@vscode/l10n';
import { formatDuration } from './formatDuration';
import { locale } from './language';
import { plural } from './plural';
import { shortDay } from './viewText';
import type { DeliveryMetrics, DoraBand } from '../stats/delivery';
import type { CalendarDay } from '../model/types';

export interface MetricRow {
  readonly name: string;
  readonly value: string;
  readonly band: DoraBand | undefined;
}

const perWeek = (n: number) =>
  l10n.t('{0} per week', new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(n));
const deploysText = (n: number) => plural(n, l10n.t('{0} deploy', n), l10n.t('{0} deploys', n));
const duration = (minutes: number) => formatDuration(Math.round(minutes));

/** The four metrics as rows: name, value in words, band (undefined when unknown). */
export function deliveryRows(d: DeliveryMetrics): MetricRow[] {
  const deploys = d.deploys.length;
  return [
    {
      name: l10n.t('Deployment frequency'),
      value:
        deploys === 0
          ? l10n.t('No deploys yet')
          : l10n.t(
              '{0} over the last 4 weeks · {1} overall ({2})',
              perWeek(d.perWeekLast4Weeks),
              perWeek(d.perWeekOverall ?? 0),
              deploysText(deploys),
            ),
      band: d.frequencyBand,
    },
    {
      name: l10n.t('Lead time for changes'),
      value:
        d.leadTimeMinutes === undefined
          ? l10n.t('Unknown: it needs git, and deploys that name their commit (or a deploy tag)')
          : plural(
              d.leadTimeCommits,
              l10n.t('median {0} over {1} commit', duration(d.leadTimeMinutes), d.leadTimeCommits),
              l10n.t('median {0} over {1} commits', duration(d.leadTimeMinutes), d.leadTimeCommits),
            ),
      band: d.leadTimeBand,
    },
    {
      name: l10n.t('Change failure rate'),
      value:
        d.changeFailureRate === undefined
          ? l10n.t('No deploys yet')
          : l10n.t(
              '{0}: {1} of {2} failed, rolled back or caused an incident',
              new Intl.NumberFormat(locale(), { style: 'percent' }).format(d.changeFailureRate),
              d.failedDeploys,
              deploysText(deploys),
            ),
      band: d.changeFailureBand,
    },
    {
      name: l10n.t('Time to restore'),
      value:
        d.timeToRestoreMinutes === undefined
          ? l10n.t('No resolved incidents yet')
          : plural(
              d.restoredIncidents,
              l10n.t('median {0} over {1} incident', duration(d.timeToRestoreMinutes), d.restoredIncidents),
              l10n.t('median {0} over {1} incidents', duration(d.timeToRestoreMinutes), d.restoredIncidents),
            ),
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
      const title = `<title>${
        w.failed
          ? l10n.t('Week of {0}: {1}, {2} failed', shortDay(w.start, today), deploysText(w.deploys), w.failed)
          : l10n.t('Week of {0}: {1}', shortDay(w.start, today), deploysText(w.deploys))
      }</title>`;
      const bar = (cls: string, y: number, h: number) =>
        `<rect class="${cls}" x="${x}" y="${r(y)}" width="${r(barWidth - 2)}" height="${h}">${title}</rect>`;
      const failedBar = w.failed > 0 ? bar('failed', baseline - okHeight - failedHeight, failedHeight) : '';
      return bar('deploys', baseline - okHeight, okHeight) + failedBar;
    })
    .join('');
  const total = d.weeks.reduce((n, w) => n + w.deploys, 0);
  const failed = d.weeks.reduce((n, w) => n + w.failed, 0);
  const summary = l10n.t(
    '{0} in the last {1} weeks, {2} failed, at most {3} in a week',
    deploysText(total),
    d.weeks.length,
    failed,
    max,
  );
  const legendY = baseline + 30;
  const body =
    `<text class="axis scale" x="${gutter - 4}" y="${top + 4}">${max}</text>` +
    `<text class="axis scale" x="${gutter - 4}" y="${baseline + 4}">0</text>` +
    `<line class="baseline" x1="${gutter}" x2="${width}" y1="${baseline}" y2="${baseline}"/>` +
    bars +
    `<text class="axis" x="${gutter}" y="${baseline + 14}">${shortDay(d.weeks[0].start, today)}</text>` +
    `<text class="axis end" x="${width}" y="${baseline + 14}">${l10n.t('this week')}</text>` +
    `<rect class="deploys" x="${gutter}" y="${legendY - 9}" width="10" height="10"/>` +
    `<text class="legend" x="${gutter + 16}" y="${legendY}">${l10n.t('deploys')}</text>` +
    `<rect class="failed" x="${gutter + 150}" y="${legendY - 9}" width="10" height="10"/>` +
    `<text class="legend" x="${gutter + 166}" y="${legendY}">${l10n.t('failed deploys')}</text>`;
  return (
    `<svg class="chart delivery" viewBox="0 0 ${width} ${legendY + 4}" role="img" ` +
    `aria-labelledby="delivery-title delivery-desc"><title id="delivery-title">${l10n.t('Deploys per week')}</title>` +
    `<desc id="delivery-desc">${summary}</desc>${body}</svg>`
  );
}
