// Actions above the entries: one rule per lens, so a command that exists gets its lens in one line.
import * as vscode from 'vscode';
import { codeLenses, isOpenIncident, type LensRule } from '../../core';
import { CommandId } from '../commands/commandIds';
import { Disposable } from '../dispose';
import { SETTING_KEYS } from '../settingDefaults';
import { readSettings, SECTION } from '../settings';
import type { JournalDocuments } from './journalDocuments';

/** Made when drawn, not at load: the titles are in the display language, whose words load with activation. */
const lenses = (): readonly LensRule<CommandId>[] => [
  { title: vscode.l10n.t('Show Dashboard'), command: CommandId.ShowDashboard, on: 'charter' },
  { title: vscode.l10n.t('Resolve'), command: CommandId.ResolveIncident, on: isOpenIncident },
  {
    title: vscode.l10n.t('Change Status'),
    command: CommandId.SetDecisionStatus,
    on: (entry) => entry.kind === 'decision',
  },
];

export class JournalCodeLensProvider extends Disposable implements vscode.CodeLensProvider {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly documents: JournalDocuments) {
    super();
    this.register(documents.onDidChange(() => this.changed.fire()));
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.${SETTING_KEYS.codeLensEnabled}`)) this.changed.fire();
      }),
    );
  }

  async provideCodeLenses(doc: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const parsed = await this.documents.parsed(doc);
    if (!parsed || !readSettings(parsed.store.folder).codeLensEnabled) return [];
    const folder = parsed.store.folder.uri;
    return codeLenses(parsed.journal, lenses()).map((lens) => {
      // The charter's lens says only where; an entry's names the entry by its heading line.
      const args = lens.entry ? { folder, line: lens.line } : { folder };
      return new vscode.CodeLens(new vscode.Range(lens.line, 0, lens.line, 0), {
        title: lens.title,
        command: lens.command,
        arguments: [args],
      });
    });
  }
}
