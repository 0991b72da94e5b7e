// Finding entries by line and by the name another entry gives them, for every editor feature.
import type { Entry, Journal } from '../model/types';

/** The entry whose lines include `line` (heading, metadata or body), by binary search; undefined above the first. */
export function entryAt(journal: Journal, line: number): Entry | undefined {
  const entries = journal.entries;
  let low = 0;
  let high = entries.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (entries[mid].line <= line) low = mid + 1;
    else high = mid - 1;
  }
  const entry = entries[high];
  return entry && line < entry.endLine ? entry : undefined;
}

/** How `Supersedes:` and `Superseded by:` name a decision (what Change Decision Status writes): day and title. */
export function decisionReference(entry: Pick<Entry, 'date' | 'title'>): string {
  return `${entry.date} ${entry.title}`;
}

/**
 * The decision a `Supersedes:`/`Superseded by:` value names: by day and title as written, or by title alone
 * (a hand-written link), without regard to case or surrounding blanks; the first such decision in the file.
 */
export function decisionNamed(journal: Journal, value: string): Entry | undefined {
  return decisionIndex(journal)(value);
}

/** decisionNamed for many values: one pass builds the index, so each value costs a lookup. */
export function decisionIndex(journal: Journal): (value: string) => Entry | undefined {
  const byReference = new Map<string, Entry>();
  const byTitle = new Map<string, Entry>();
  for (const entry of journal.entries) {
    if (entry.kind !== 'decision') continue;
    const title = entry.title.trim().toLowerCase();
    const reference = decisionReference({ date: entry.date, title });
    if (!byReference.has(reference)) byReference.set(reference, entry);
    if (!byTitle.has(title)) byTitle.set(title, entry);
  }
  return (value) => {
    const wanted = value.trim().toLowerCase();
    return byReference.get(wanted) ?? byTitle.get(wanted);
  };
}

/** Lower-case keys of the metadata items that link one decision to another. */
export const LINK_KEYS: ReadonlySet<string> = new Set(['supersedes', 'superseded by']);
