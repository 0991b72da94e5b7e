// Quick fixes for the journal's own diagnostics, each the smallest edit that clears it: the misspelt kind
// word, the status value, or the date, and nothing else on the line.
import * as l10n from '@vscode/l10n';
import { isCalendarDay } from '../model/calendar';
import { DECISION_STATUSES, INCIDENT_STATUSES, type Diagnostic, type Journal } from '../model/types';
import { closestKind, editDistanceWithin } from '../read/parseJournal';
import { entryAt } from './entries';
import { range, type JournalLines, type Range } from './lines';
import { metadataSpan } from './metadataLine';

export interface QuickFix {
  readonly title: string;
  readonly range: Range;
  readonly newText: string;
  /** The fix to apply without asking (VS Code's "auto fix"): the one a typo most likely meant. */
  readonly preferred: boolean;
}

/** An entry heading's date, and its kind word (before the colon, after the date and an optional time). */
const HEADING_DATE = /^( {0,3}##[ \t]+)(\d{4})-(\d{2})-(\d{2})/;
const HEADING_KIND = /^( {0,3}##[ \t]+\d{4}-\d{2}-\d{2}(?:[ \t]+\d{2}:\d{2})?[ \t]+)([A-Za-z]+)[ \t]*:/;

export function quickFixes(
  journal: Journal,
  lines: JournalLines,
  diagnostic: Pick<Diagnostic, 'line' | 'code'>,
): QuickFix[] {
  const line = diagnostic.line;
  const text = lines.lineText(line);
  switch (diagnostic.code) {
    case 'unknown-kind': {
      const m = HEADING_KIND.exec(text);
      const kind = m && closestKind(m[2]);
      if (!m || !kind) return [];
      const at = m[1].length;
      const word = range(line, at, line, at + m[2].length);
      return [{ title: l10n.t('Change to {0}', kind), range: word, newText: kind, preferred: true }];
    }
    case 'impossible-date': {
      const m = HEADING_DATE.exec(text);
      if (!m) return [];
      const day = nearestDay(Number(m[2]), Number(m[3]), Number(m[4]));
      const at = m[1].length;
      return [
        { title: l10n.t('Change to {0}', day), range: range(line, at, line, at + 10), newText: day, preferred: true },
      ];
    }
    case 'unknown-status': {
      const entry = entryAt(journal, line);
      const span = metadataSpan(text);
      if (!entry || !span) return [];
      const written = text.slice(span.valueStart, span.valueEnd).toLowerCase();
      const valid = entry.kind === 'decision' ? DECISION_STATUSES : INCIDENT_STATUSES;
      // The one a typo most likely meant is preferred; when none is near, every one is offered alike.
      const near = valid.find((s) => editDistanceWithin(written, s, 2));
      return valid.map((status) => ({
        title: l10n.t('Change to {0}', status),
        range: range(line, span.valueStart, line, span.valueEnd),
        newText: status,
        preferred: status === near,
      }));
    }
    default:
      return [];
  }
}

/** The real day nearest to year, month and day as written: each part brought into its range (2026-02-30 -> 02-28). */
export function nearestDay(year: number, month: number, day: number): string {
  const y = String(Math.max(1, year)).padStart(4, '0');
  const m = String(Math.min(12, Math.max(1, month))).padStart(2, '0');
  for (let d = Math.min(31, Math.max(1, day)); ; d--) {
    const candidate = `${y}-${m}-${String(d).padStart(2, '0')}`;
    if (isCalendarDay(candidate)) return candidate;
  }
}
