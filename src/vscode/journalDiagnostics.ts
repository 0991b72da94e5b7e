// Problems found while reading a journal, in the Problems panel at their lines; they vanish when fixed.
import * as vscode from 'vscode';
import type { DiagnosticSeverity } from '../core';
import { Disposable } from './dispose';
import type { JournalWorkspace } from './journalWorkspace';

const SEVERITY: Record<DiagnosticSeverity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export class JournalDiagnostics extends Disposable {
  readonly collection = this.register(vscode.languages.createDiagnosticCollection('sideProject'));

  constructor(journals: JournalWorkspace) {
    super();
    this.register(
      journals.onDidChange((store) => {
        for (const s of store ? [store] : journals.all) {
          const snapshot = s.current;
          this.collection.delete(s.uri);
          if (!snapshot) continue;
          // A journal shown but never written (not UTF-8) says so at its first line.
          const readOnly =
            snapshot.readOnly === undefined
              ? []
              : [{ line: 0, severity: 'warning' as const, message: `Read only: ${snapshot.readOnly}` }];
          this.collection.set(
            snapshot.uri,
            [...readOnly, ...snapshot.journal.diagnostics].map((d) => {
              const diagnostic = new vscode.Diagnostic(
                new vscode.Range(d.line, 0, d.line, Number.MAX_SAFE_INTEGER),
                d.message,
                SEVERITY[d.severity],
              );
              diagnostic.source = 'Side Project';
              return diagnostic;
            }),
          );
        }
      }),
    );
  }
}
