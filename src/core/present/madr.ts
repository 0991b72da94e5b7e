// A decision as a Markdown Architectural Decision Record (MADR 4.0): the file name and the document, filled
// from the journal entry. Numbers are the adapter's to find (the files already in the folder); the entry keeps
// the number it was exported as (`- ADR: NNNN`), which is how a superseded decision names its successor.
import { metadataValue } from '../read/parseJournal';
import { entryBody, unescapeTitle } from '../write/escaping';
import { decisionStatus } from '../stats/entryStatus';
import { outcomeSections } from '../stats/lessons';
import { decisionReview } from '../stats/reviews';
import { entryTitle } from './viewText';
import type { Entry, Journal } from '../model/types';

/** `0007` for 7. */
export function adrNumberText(n: number): string {
  return String(n).padStart(4, '0');
}

/** The number a decision was exported as (`- ADR: 0007`), when it was. */
export function adrNumberOf(entry: Pick<Entry, 'metadata'>): number | undefined {
  const value = metadataValue(entry, 'adr')
    ?.trim()
    .replace(/^ADR-?/i, '');
  return value && /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

/** A title as a file name's words: lower case, accents dropped, any run of other characters one `-`. */
export function kebabTitle(title: string): string {
  const words = unescapeTitle(title)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Kept short enough for every file system, cut at a word.
  const cut = words.length > 60 ? words.slice(0, 60).replace(/-[^-]*$/, '') : words;
  return cut || 'decision';
}

export function madrFileName(n: number, title: string): string {
  return `${adrNumberText(n)}-${kebabTitle(title)}.md`;
}

/** One past the highest number among the folder's `NNNN-….md` files (1 for an empty folder). */
export function nextAdrNumber(fileNames: readonly string[]): number {
  let highest = 0;
  for (const name of fileNames) {
    const match = /^(\d+)-.*\.md$/i.exec(name);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return highest + 1;
}

/** The decision a `Supersedes:` or `Superseded by:` value names (`YYYY-MM-DD title`), when it is in the journal. */
function linked(journal: Pick<Journal, 'entries'>, entry: Entry, key: string): Entry | undefined {
  const value = metadataValue(entry, key)?.trim();
  if (!value) return undefined;
  return journal.entries.find((e) => e.kind === 'decision' && e !== entry && value === `${e.date} ${e.title}`);
}

/** The option the title names (`Use PostgreSQL over SQLite` chose `PostgreSQL`), else the title itself. */
function chosenOption(title: string, options: readonly string[]): string {
  const lower = title.toLowerCase();
  const named = options
    .map((option) => ({ option, at: lower.indexOf(option.toLowerCase()) }))
    .filter((o) => o.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  return named?.option ?? title;
}

/** The body up to its first `###` section (Resolution, Outcome…), which MADR files under other headings. */
function context(body: string): string {
  const at = body.search(/^ {0,3}###\s/m);
  return (at < 0 ? body : body.slice(0, at)).trim();
}

/**
 * The decision `entry` as a MADR 4.0 document. `numberOf` gives the ADR number of a linked decision: the one its
 * entry records, or (exporting several at once) the one it is about to get.
 */
export function madrDocument(
  text: string,
  journal: Pick<Journal, 'entries'>,
  entry: Entry,
  numberOf: (decision: Entry) => number | undefined = adrNumberOf,
): string {
  const title = entryTitle(entry);
  const body = entryBody(text, entry);
  let status = decisionStatus(entry);
  const successor = status === 'superseded' ? linked(journal, entry, 'superseded by') : undefined;
  const successorNumber = successor && numberOf(successor);
  if (successorNumber !== undefined) status = `superseded by ADR-${adrNumberText(successorNumber)}`;
  const options = (metadataValue(entry, 'options') ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  const chosen = chosenOption(title, options);
  const review = decisionReview(entry, entry.date);
  const outcomes = outcomeSections(body);
  const consequences =
    outcomes.length > 0
      ? outcomes.map((o) => `* ${o}`)
      : [`* Not known yet${review.reviewOn ? `: to be reviewed on ${review.reviewOn}` : ''}.`];
  const outcome = [`Chosen option: "${chosen}".`];
  if (review.reviewedOn) outcome.push('', `Reviewed on ${review.reviewedOn}: ${review.verdict ?? 'no verdict'}.`);
  const predecessor = linked(journal, entry, 'supersedes');
  const predecessorNumber = predecessor && numberOf(predecessor);
  const more =
    predecessorNumber !== undefined
      ? ['', '## More Information', '', `Supersedes ADR-${adrNumberText(predecessorNumber)}.`]
      : [];
  return [
    '---',
    `status: ${JSON.stringify(status)}`,
    `date: ${entry.date}`,
    '---',
    '',
    `# ${title}`,
    '',
    '## Context and Problem Statement',
    '',
    context(body) || title,
    '',
    '## Considered Options',
    '',
    ...(options.length > 0 ? options : [chosen]).map((o) => `* ${o}`),
    '',
    '## Decision Outcome',
    '',
    ...outcome,
    '',
    '### Consequences',
    '',
    ...consequences,
    ...more,
    '',
  ].join('\n');
}
