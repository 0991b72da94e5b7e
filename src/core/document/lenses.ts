// CodeLens: which lines get which action. The rules are data (see src/vscode/editor/codeLensProvider.ts):
// adding a lens is adding a rule.
import type { Entry, Journal } from '../model/types';

export interface LensRule<C> {
  readonly title: string;
  readonly command: C;
  /** The charter's first line, or the headings of the entries this holds for. */
  readonly on: 'charter' | ((entry: Entry) => boolean);
}

export interface Lens<C> {
  /** 0-based line the lens stands above. */
  readonly line: number;
  readonly title: string;
  readonly command: C;
  /** The entry it acts on; undefined for the charter's. */
  readonly entry?: Entry;
}

export function codeLenses<C>(journal: Journal, rules: readonly LensRule<C>[]): Lens<C>[] {
  const lenses: Lens<C>[] = [];
  const charterRules = rules.filter((r) => r.on === 'charter');
  const entryRules = rules.filter((r): r is LensRule<C> & { on: (e: Entry) => boolean } => r.on !== 'charter');
  if (journal.frontMatter.state !== 'missing') {
    const line = journal.frontMatter.startLine;
    for (const rule of charterRules) lenses.push({ line, title: rule.title, command: rule.command });
  }
  for (const entry of journal.entries) {
    for (const rule of entryRules) {
      if (rule.on(entry)) lenses.push({ line: entry.line, title: rule.title, command: rule.command, entry });
    }
  }
  return lenses;
}
