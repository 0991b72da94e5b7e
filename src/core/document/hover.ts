// Hovers: on an entry heading, where it stands (phase, age, status, an incident's time to resolve); on a
// `Supersedes:`/`Superseded by:` value, the decision it names. Plain text lines; the adapter renders them.
import * as l10n from '@vscode/l10n';
import { daysBetween } from '../model/calendar';
import type { CalendarDay, Entry, Journal } from '../model/types';
import { formatDuration } from '../present/formatDuration';
import { plural } from '../present/plural';
import { entryTitle, phaseLabel } from '../present/viewText';
import { entryStatus } from '../stats/entryStatus';
import { incidents } from '../stats/incidents';
import { decisionNamed, entryAt, LINK_KEYS } from './entries';
import { range, type JournalLines, type Position, type Range } from './lines';
import { metadataSpan } from './metadataLine';

export interface JournalHover {
  readonly lines: readonly string[];
  readonly range: Range;
}

export function hoverAt(
  journal: Journal,
  lines: JournalLines,
  position: Position,
  today: CalendarDay,
): JournalHover | undefined {
  const entry = entryAt(journal, position.line);
  if (!entry) return undefined;
  if (entry.line === position.line) {
    return { lines: headingFacts(journal, entry, today), range: lines.wholeLine(entry.line, entry.start) };
  }
  const span = metadataSpan(lines.lineText(position.line));
  if (!span || !LINK_KEYS.has(span.key.toLowerCase())) return undefined;
  if (position.character < span.valueStart || position.character > span.valueEnd) return undefined;
  const value = lines.lineText(position.line).slice(span.valueStart, span.valueEnd);
  const named = decisionNamed(journal, value);
  return {
    lines: named
      ? [
          l10n.t('Decision of {0}: {1}', named.date, entryTitle(named)),
          l10n.t('{0} · line {1}', entryStatus(named) ?? '', named.line + 1),
        ]
      : [l10n.t('No decision in this journal is named "{0}"', value)],
    range: range(position.line, span.valueStart, position.line, span.valueEnd),
  };
}

function headingFacts(journal: Journal, entry: Entry, today: CalendarDay): string[] {
  const kind = entry.kind[0].toUpperCase() + entry.kind.slice(1);
  const status = entryStatus(entry);
  const facts = [l10n.t('{0} in the {1} phase', kind, phaseLabel(entry.phase)), age(entry.date, today)];
  if (status) facts.push(l10n.t('Status: {0}', status));
  if (entry.kind === 'incident') facts.push(timeToResolve(journal, entry));
  return facts;
}

function age(date: CalendarDay, today: CalendarDay): string {
  const n = daysBetween(date, today);
  if (n === 0) return l10n.t('Logged today');
  return n > 0
    ? plural(n, l10n.t('Logged {0} day ago', n), l10n.t('Logged {0} days ago', n))
    : plural(-n, l10n.t('Dated {0} day ahead', -n), l10n.t('Dated {0} days ahead', -n));
}

function timeToResolve(journal: Journal, entry: Entry): string {
  const all = incidents(journal);
  const resolved = all.resolved.find((i) => i.entry === entry);
  if (!resolved) return l10n.t('Not resolved yet');
  return resolved.minutesToResolve === undefined
    ? l10n.t('Resolved; the time to resolve is unknown (no readable Detected and Resolved times)')
    : l10n.t('Resolved in {0}', formatDuration(resolved.minutesToResolve));
}
