// Problems found while reading a journal, in the Problems panel at their lines; they vanish when fixed. While
// the journal is open they follow its text as it is typed (the parse the editor's features share), otherwise
// the file as last read. Those with a quick fix carry its code (src/core/document/fixes.ts).
import * as vscode from 'vscode';
import type { Diagnostic, DiagnosticSeverity } from '../core';
import { Disposable } from './dispose';
import type { JournalDocuments } from './editor/journalDocuments';
import type { JournalStore } from './journalStore';
import type { JournalWorkspace } from './journalWorkspace';

/** The source every diagnostic of the journal shows, and how the quick fixes know theirs. */
export const DIAGNOSTIC_SOURCE = 'Side Project';

const SEVERITY: Record<DiagnosticSeverity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** After typing stops this long, the problems are those of the text typed. */
const TYPING_PAUSE_MS = 250;

export class JournalDiagnostics extends Disposable {
  readonly collection = this.register(vscode.languages.createDiagnosticCollection('sideProject'));
  private readonly timers = new Map<JournalStore, ReturnType<typeof setTimeout>>();

  constructor(
    journals: JournalWorkspace,
    private readonly documents: JournalDocuments,
  ) {
    super();
    this.register(
      journals.onDidChange((store) => {
        for (const s of store ? [store] : journals.all) this.update(s);
      }),
    );
    this.register(
      documents.onDidEdit((store) => {
        clearTimeout(this.timers.get(store));
        this.timers.set(
          store,
          setTimeout(() => this.update(store), TYPING_PAUSE_MS),
        );
      }),
    );
  }

  private update(store: JournalStore): void {
    this.timers.delete(store);
    const snapshot = store.current;
    this.collection.delete(store.uri);
    if (!snapshot || this.isDisposed) return;
    const open = this.documents.openDocument(store);
    const journal = open ? this.documents.parsedNow(open, store, snapshot).journal : snapshot.journal;
    // A journal shown but never written (not UTF-8) says so at its first line.
    const readOnly: Diagnostic[] =
      snapshot.readOnly === undefined
        ? []
        : [{ line: 0, severity: 'warning', message: vscode.l10n.t('Read only: {0}', snapshot.readOnly) }];
    this.collection.set(
      snapshot.uri,
      [...readOnly, ...journal.diagnostics].map((d) => {
        const diagnostic = new vscode.Diagnostic(
          new vscode.Range(d.line, 0, d.line, Number.MAX_SAFE_INTEGER),
          d.message,
          SEVERITY[d.severity],
        );
        diagnostic.source = DIAGNOSTIC_SOURCE;
        if (d.code) diagnostic.code = d.code;
        return diagnostic;
      }),
    );
  }

  override dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    super.dispose();
  }
}
