// The journal's editor features, registered for the journal files only: one document filter per folder,
// from its `sideProject.journalPath`, registered again when that setting or the folders change. Registered
// once activation has returned (src/extension.ts): nothing VS Code does at activation waits for them, and a
// provider registered later is asked as soon as it is.
import * as vscode from 'vscode';
import type { Clock } from '../clock';
import { Disposable } from '../dispose';
import { SETTING_KEYS } from '../settingDefaults';
import { readSettings, SECTION } from '../settings';
import { JournalCodeActionProvider } from './codeActionProvider';
import { JournalCodeLensProvider } from './codeLensProvider';
import { COMPLETION_TRIGGERS, JournalCompletionProvider } from './completionProvider';
import { JournalFoldingProvider } from './foldingProvider';
import { JournalHoverProvider } from './hoverProvider';
import type { JournalDocuments } from './journalDocuments';
import { JournalLinkProvider } from './linkProvider';
import { JournalSymbolProvider } from './symbolProvider';

/** The outline's name where the built-in markdown outline shows beside it (docs/architecture.md). */
const OUTLINE_LABEL = 'Side Project Journal';

export class EditorFeatures extends Disposable {
  readonly symbols: JournalSymbolProvider;
  readonly folding: JournalFoldingProvider;
  readonly codeLens: JournalCodeLensProvider;
  readonly completion: JournalCompletionProvider;
  readonly hover: JournalHoverProvider;
  readonly links: JournalLinkProvider;
  readonly codeActions: JournalCodeActionProvider;
  private registrations: vscode.Disposable | undefined;

  constructor(documents: JournalDocuments, clock: Clock) {
    super();
    this.symbols = new JournalSymbolProvider(documents);
    this.folding = new JournalFoldingProvider(documents);
    this.codeLens = this.register(new JournalCodeLensProvider(documents));
    this.completion = new JournalCompletionProvider(documents, clock);
    this.hover = new JournalHoverProvider(documents, clock);
    this.links = new JournalLinkProvider(documents);
    this.codeActions = new JournalCodeActionProvider(documents);
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.${SETTING_KEYS.journalPath}`)) this.registerProviders();
      }),
    );
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.registerProviders()));
  }

  /** The journal files of the open folders, each where its folder's setting puts it. */
  static selector(): vscode.DocumentFilter[] {
    return (vscode.workspace.workspaceFolders ?? []).map((folder) => ({
      pattern: new vscode.RelativePattern(folder, readSettings(folder).journalPath),
    }));
  }

  /** Registers the providers for the journal files as they are now; again on each change of where they are. */
  registerProviders(): void {
    if (this.isDisposed) return;
    this.registrations?.dispose();
    const selector = EditorFeatures.selector();
    const languages = vscode.languages;
    this.registrations = vscode.Disposable.from(
      languages.registerDocumentSymbolProvider(selector, this.symbols, { label: OUTLINE_LABEL }),
      languages.registerFoldingRangeProvider(selector, this.folding),
      languages.registerCodeLensProvider(selector, this.codeLens),
      languages.registerCompletionItemProvider(selector, this.completion, ...COMPLETION_TRIGGERS),
      languages.registerHoverProvider(selector, this.hover),
      languages.registerDocumentLinkProvider(selector, this.links),
      languages.registerCodeActionsProvider(selector, this.codeActions, JournalCodeActionProvider.metadata),
    );
  }

  override dispose(): void {
    this.registrations?.dispose();
    this.registrations = undefined;
    super.dispose();
  }
}
