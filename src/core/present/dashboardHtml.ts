// The dashboard page as a pure function of the journal's stats: the same journal and day give the same
// markup, every byte of journal text is escaped, and the only script allowed is the one with the nonce.
import * as l10n from '@vscode/l10n';
import { activityModel, activitySvg, spanLength, timelineModel, timelineSvg } from './charts';
import { decisionStatus } from '../stats/entryStatus';
import {
  dayN,
  days,
  entryTitle,
  launchTargetText,
  milestoneText,
  momentumText,
  openActionItemsText,
  phaseLabel,
  shortDay,
} from './viewText';
import type { JournalStats } from '../stats/journalStats';
import { formatDuration } from './formatDuration';
import { bandLabel, deliveryRows, deliverySvg } from './deliveryText';
import type { Charter, Entry } from '../model/types';
import { doneItems } from '../stats/doneItems';
import { locale } from './language';
import type { Lesson } from '../stats/lessons';
import { DECISION_STATUSES } from '../model/types';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content and attribute values (quoted). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export interface DashboardPage {
  /** The webview's origin for styles (`webview.cspSource`). */
  readonly cspSource: string;
  readonly styleUri: string;
  readonly scriptUri: string;
  readonly nonce: string;
  /** The workspace folder the page belongs to, kept in the webview's state so a reload can restore it. */
  readonly folder: string;
}

/**
 * The page for a journal's charter and stats on their day. `entries` (the journal's) give the lists that name
 * entries beyond the stats' own: the proposed decisions.
 */
export function dashboardHtml(
  charter: Charter,
  stats: JournalStats,
  page: DashboardPage,
  entries: readonly Entry[] = [],
  lessonList: readonly Lesson[] = [],
): string {
  const life = stats.lifecycle;
  const today = stats.today;
  const title = charter.project ?? l10n.t('Side project');
  const csp = [
    `default-src 'none'`,
    `style-src ${page.cspSource}`,
    `img-src ${page.cspSource}`,
    `script-src 'nonce-${page.nonce}'`,
  ].join('; ');
  const headline =
    life.daysInProduction !== undefined
      ? l10n.t('{0} in production', days(life.daysInProduction))
      : l10n.t('{0} phase, {1}', phaseLabel(life.currentPhase), dayN(life.dayOfPhase));

  const phases = life.history
    .map((span) => {
      const current = span.end === undefined;
      const range = `${shortDay(span.start, today)} – ${span.end ? shortDay(span.end, today) : l10n.t('today')}`;
      const length = spanLength({ days: span.days, current });
      return (
        `<li class="${current ? 'current' : 'done'}"><span class="phase">${phaseLabel(span.phase)}</span> ` +
        `<span class="muted">${range} · ${length}</span></li>`
      );
    })
    .join('');

  /** A link the page's script turns into "open the journal at this entry": a line number, never journal text. */
  const entryLink = (entry: Entry) => `<a href="#" data-line="${entry.line}">${escapeHtml(entryTitle(entry))}</a>`;
  const incidentRow = (i: JournalStats['incidents']['open'][number]) => {
    const resolvedIn =
      i.minutesToResolve !== undefined ? ` · ${l10n.t('resolved in {0}', formatDuration(i.minutesToResolve))}` : '';
    const severity = escapeHtml(i.severity ?? l10n.t('no severity'));
    const toDo = i.entry.actionItems?.open ? ` · ${openActionItemsText(i.entry.actionItems.open)}` : '';
    const detected = l10n.t('detected {0}', escapeHtml(i.detected));
    const facts = `${severity} · ${escapeHtml(i.status)} · ${detected}${toDo}`;
    return `<li>${entryLink(i.entry)} <span class="muted">${facts}${resolvedIn}</span></li>`;
  };
  const open = stats.incidents.open.map(incidentRow).join('');
  const resolved = stats.incidents.resolved.map(incidentRow).join('');
  const mttr = stats.incidents.meanMinutesToResolve;

  const decisions = DECISION_STATUSES.filter((s) => stats.decisions[s] > 0)
    .map((s) => `<li>${s}: ${stats.decisions[s]}</li>`)
    .join('');
  // Proposed decisions are the open questions: listed, newest first, each a way back to its entry.
  const proposed = entries
    .filter((e) => e.kind === 'decision' && e.date <= today && decisionStatus(e) === 'proposed')
    .reverse()
    .map(
      (e) => `<li>${entryLink(e)} <span class="muted">${l10n.t('proposed {0}', shortDay(e.date, today))}</span></li>`,
    )
    .join('');
  const doneList = doneItems(charter);
  // Done or not is drawn by the stylesheet (a check or a box, with words for screen readers): the item's text
  // stays exactly the journal's.
  const done = doneList
    .map((item) => `<li class="${item.done ? 'done' : 'open'}">${escapeHtml(item.text)}</li>`)
    .join('');
  const dueReviews = stats.reviewsDue
    .map((r) => {
      const since = shortDay(r.reviewOn ?? today, today);
      return `<li>${entryLink(r.entry)} <span class="muted">${l10n.t('review due since {0}', since)}</span></li>`;
    })
    .join('');
  const lessonRows = lessonList
    .map(
      (l) =>
        `<li>${escapeHtml(l.text)} <span class="muted">${entryLink(l.entry)} · ${shortDay(l.on, today)}</span></li>`,
    )
    .join('');
  const milestones = stats.milestones
    .map((m) => `<li>${shortDay(m.on, today)}: ${escapeHtml(milestoneText(m, life))}</li>`)
    .join('');

  const next = charter.nextStep
    ? `<p class="next"><span class="muted">${l10n.t('Next:')}</span> ${escapeHtml(charter.nextStep)}</p>`
    : '';
  const momentum = escapeHtml(momentumText(stats.momentum, today, charter.pausedUntil));
  const notSet = `<span class="muted">${l10n.t('Not set yet')}</span>`;
  const goal = charter.learningGoal ? escapeHtml(charter.learningGoal) : notSet;
  const doneHtml = done ? `<ul class="checklist">${done}</ul>` : `<p class="muted">${l10n.t('Not set yet')}</p>`;
  const doneCount = doneList.filter((item) => item.done).length;
  const doneCountHtml = done
    ? ` <span class="muted">${l10n.t('{0} of {1} done', doneCount, doneList.length)}</span>`
    : '';
  const mttrText = mttr !== undefined ? ` · ${l10n.t('mean time to resolve {0}', formatDuration(mttr))}` : '';
  const { open: openIncidents, resolved: resolvedIncidents } = stats.incidents;
  const actionItems = stats.incidents.openActionItems;
  const actionText = actionItems > 0 ? ` · ${openActionItemsText(actionItems)}` : '';
  const counts = l10n.t('{0} open · {1} resolved', openIncidents.length, resolvedIncidents.length);
  const incidentCounts = `${counts}${mttrText}${actionText}`;
  const incidentLists =
    (open ? `<h3>${l10n.t('Open')}</h3><ul>${open}</ul>` : '') +
    (resolved ? `<h3>${l10n.t('Resolved')}</h3><ul>${resolved}</ul>` : '');
  const decisionLists =
    (decisions ? `<ul>${decisions}</ul>` : `<p class="muted">${l10n.t('None logged yet')}</p>`) +
    (proposed ? `<h3>${l10n.t('Proposed, still to decide')}</h3><ul>${proposed}</ul>` : '') +
    (dueReviews ? `<h3>${l10n.t('Review due')}</h3><ul>${dueReviews}</ul>` : '');
  const target = launchTargetText(stats) ?? l10n.t('No launch target set');
  const goalBody = `<p>${goal}</p>\n<h3>${l10n.t('Definition of done')}${doneCountHtml}</h3>${doneHtml}`;

  return `<!DOCTYPE html>
<html lang="${escapeHtml(locale())}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(page.styleUri)}">
<title>${escapeHtml(title)}</title>
</head>
<body data-folder="${escapeHtml(page.folder)}">
<header>
<h1>${escapeHtml(title)}</h1>
<p class="headline">${headline}</p>
${next}
<p class="muted">${l10n.t('{0} · momentum: {1}', escapeHtml(target), momentum)}</p>
</header>
${section('goal', l10n.t('Learning goal'), goalBody)}
${section('phases', l10n.t('Phases'), `${timelineSvg(timelineModel(life, today))}<ol class="timeline">${phases}</ol>`)}
${section('activity', l10n.t('Weekly activity'), activitySvg(activityModel(stats.momentum), today))}
${section('incidents', l10n.t('Incidents'), `\n<p class="muted">${incidentCounts}</p>\n${incidentLists}`)}
${section('delivery', l10n.t('Delivery'), deliveryBody(stats, today))}
${section('decisions', l10n.t('Decisions'), decisionLists)}
${lessonRows ? section('lessons', l10n.t('Lessons'), `<ul>${lessonRows}</ul>`) : ''}
${milestones ? section('milestones', l10n.t('Milestones'), `<ul>${milestones}</ul>`) : ''}
<script nonce="${page.nonce}" src="${escapeHtml(page.scriptUri)}"></script>
</body>
</html>
`;
}

/** The four key metrics, each with its DORA band, and the deploys of the last weeks. */
function deliveryBody(stats: JournalStats, today: string): string {
  const rows = deliveryRows(stats.delivery)
    .map(
      (m) =>
        `<tr><th scope="row">${m.name}</th><td>${escapeHtml(m.value)}</td>` +
        `<td>${m.band ? `<span class="band band-${m.band}">${bandLabel(m.band)}</span>` : ''}</td></tr>`,
    )
    .join('');
  return `<table class="metrics">${rows}</table>${deliverySvg(stats.delivery, today)}`;
}

/** A dashboard section, labelled by its heading so a screen reader can jump between them. */
function section(id: string, heading: string, body: string): string {
  return `<section aria-labelledby="${id}"><h2 id="${id}">${heading}</h2>${body}</section>`;
}
