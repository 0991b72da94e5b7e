// The display language of the words the views show. The core stays free of `vscode`: the extension hands the
// language and VS Code's loaded translations over once, at activation; the command line and the MCP server
// never do, so they speak English (agents read them).
import * as l10n from '@vscode/l10n';

let displayLocale = 'en';

/** The language dates and numbers are written in (a BCP 47 tag such as `de`); `en` until configured. */
export function locale(): string {
  return displayLocale;
}

/**
 * Speak `language` from now on: its translations (`bundle`, as `vscode.l10n.bundle` holds them; none for
 * English) for the words, and Intl's conventions for dates and numbers.
 */
export function configureLanguage(language: string, bundle?: l10n.l10nJsonFormat): void {
  displayLocale = isLocale(language) ? language : 'en';
  l10n.config({ contents: bundle ?? {} });
}

/** A tag Intl takes: one it refuses (`en_US`) would make every date throw, so English writes them instead. */
function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
