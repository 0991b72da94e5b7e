// Links: each `Supersedes:`/`Superseded by:` value that names a decision of the journal leads to it.
import * as l10n from '@vscode/l10n';
import type { Entry, Journal } from '../model/types';
import { decisionIndex, LINK_KEYS } from './entries';
import { range, type JournalLines, type Range } from './lines';
import { metadataSpan } from './metadataLine';

export interface JournalLink {
  readonly range: Range;
  /** The heading line of the decision named. */
  readonly targetLine: number;
  readonly tooltip: string;
}

export function journalLinks(journal: Journal, lines: JournalLines): JournalLink[] {
  const links: JournalLink[] = [];
  let named: ((value: string) => Entry | undefined) | undefined; // indexed only when some entry links
  for (const entry of journal.entries) {
    for (const item of entry.metadata) {
      if (!LINK_KEYS.has(item.key.toLowerCase()) || !item.value) continue;
      named ??= decisionIndex(journal);
      const target = named(item.value);
      const span = target && metadataSpan(lines.lineText(item.line));
      if (!target || !span) continue;
      links.push({
        range: range(item.line, span.valueStart, item.line, span.valueEnd),
        targetLine: target.line,
        tooltip: l10n.t('Go to the decision of {0}', target.date),
      });
    }
  }
  return links;
}
