// Completion where the journal has a closed set of answers: a status valid for the entry's kind, a severity,
// an earlier decision to supersede, and, on an empty line at the end, a dated heading for each kind.
import { DECISION_STATUSES, DEPLOY_STATUSES, ENTRY_KINDS, INCIDENT_STATUSES, SEVERITIES } from '../model/types';
import { decisionStatus } from '../stats/entryStatus';
import type { CalendarDay, EntryKind, Journal, WallTime } from '../model/types';
import { decisionReference, entryAt } from './entries';
import { range, type JournalLines, type Position, type Range } from './lines';
import { metadataSpan } from './metadataLine';

export interface Completion {
  readonly label: string;
  /** Replaces `range`. */
  readonly insertText: string;
  readonly range: Range;
  readonly detail?: string;
  /** The order to show them in: VS Code would sort by label. */
  readonly sortText: string;
  readonly kind: 'value' | 'heading';
}

/** The statuses each kind may have; kinds without a list have no status. */
const STATUSES: Partial<Record<EntryKind, readonly string[]>> = {
  decision: DECISION_STATUSES,
  incident: INCIDENT_STATUSES,
  deploy: DEPLOY_STATUSES,
};

/** The heading kinds offered at the end, most often written first. */
const HEADING_ORDER: readonly EntryKind[] = ['note', 'decision', 'incident', 'deploy', 'phase', 'launch'];

const HEADING_START = /^##[ \t]*$/;

export function completionsAt(
  journal: Journal,
  lines: JournalLines,
  position: Position,
  now: { readonly date: CalendarDay; readonly time: WallTime },
): Completion[] {
  const at = lines.offset(position.line);
  const text = lines.text.slice(at, lines.contentEnd(at));
  if (HEADING_START.test(text) && position.character === text.length) {
    return lines.onlyBlanksAfter(at) ? headings(position, now) : [];
  }
  const span = metadataSpan(text);
  if (!span || position.character < span.valueStart) return [];
  const entry = entryAt(journal, position.line);
  if (!entry || entry.line === position.line) return [];
  const replace = range(position.line, span.valueStart, position.line, Math.max(span.valueEnd, position.character));
  const values = (labels: readonly string[], detail?: (i: number) => string) =>
    labels.map((label, i) => ({
      label,
      insertText: label,
      range: replace,
      detail: detail?.(i),
      sortText: String(i).padStart(6, '0'),
      kind: 'value' as const,
    }));
  switch (span.key.toLowerCase()) {
    case 'status':
      return values(STATUSES[entry.kind] ?? []);
    case 'severity':
      return values(SEVERITIES);
    case 'supersedes': {
      // The decisions above this one, the nearest first: the one superseded is usually recent.
      const earlier = journal.entries.filter((e) => e.kind === 'decision' && e.line < entry.line).reverse();
      return values(earlier.map(decisionReference), (i) => `decision · ${decisionStatus(earlier[i])}`);
    }
    default:
      return [];
  }
}

function headings(position: Position, now: { readonly date: CalendarDay; readonly time: WallTime }): Completion[] {
  const replace = range(position.line, 0, position.line, position.character);
  return HEADING_ORDER.filter((k) => ENTRY_KINDS.includes(k)).map((kind, i) => {
    const heading = `## ${now.date} ${now.time} ${kind[0].toUpperCase()}${kind.slice(1)}: `;
    return { label: heading.trimEnd(), insertText: heading, range: replace, sortText: String(i), kind: 'heading' };
  });
}
