// The journal as the editor holds it: one parse per document version, shared by the diagnostics and every
// provider. While the open document's text is the file's, that parse is the store's own (no second one);
// only unsaved edits are parsed here, once per version however many providers ask.
import * as vscode from 'vscode';
import { JournalLines, parseJournal, type Journal, type Range } from '../../core';
import { Disposable } from '../dispose';
import type { JournalSnapshot, JournalStore } from '../journalStore';
import type { JournalWorkspace } from '../journalWorkspace';

export interface ParsedDocument {
  readonly store: JournalStore;
  readonly journal: Journal;
  readonly lines: JournalLines;
}

export class JournalDocuments extends Disposable {
  /** Parses of unsaved text made here; the store counts its own reads (`reads`). For tests and the bench. */
  parses = 0;
  private readonly cache = new Map<string, { version: number; parsed: ParsedDocument }>();
  private readonly changed = this.register(new vscode.EventEmitter<JournalStore>());
  /** Fires with the store whose journal may read differently now: it was read again, or its document edited. */
  readonly onDidChange = this.changed.event;
  private readonly edited = this.register(new vscode.EventEmitter<JournalStore>());
  /** Fires with the store whose open document was edited (or closed, going back to the file's text). */
  readonly onDidEdit = this.edited.event;

  constructor(private readonly journals: JournalWorkspace) {
    super();
    this.register(
      journals.onDidChange((store) => {
        for (const s of store ? [store] : journals.all) this.changed.fire(s);
      }),
    );
    const onEdit = (doc: vscode.TextDocument) => {
      const store = this.storeOf(doc);
      if (!store) return;
      this.edited.fire(store);
      this.changed.fire(store);
    };
    this.register(vscode.workspace.onDidChangeTextDocument((e) => onEdit(e.document)));
    this.register(
      vscode.workspace.onDidCloseTextDocument((doc) => {
        this.cache.delete(doc.uri.toString());
        onEdit(doc);
      }),
    );
  }

  /** The store whose journal this document is, or undefined for any other document. */
  storeOf(doc: vscode.TextDocument): JournalStore | undefined {
    const store = this.journals.storeFor(doc.uri);
    return store && store.uri.toString() === doc.uri.toString() ? store : undefined;
  }

  /** The open, not closed, document of the store's journal, if any. */
  openDocument(store: JournalStore): vscode.TextDocument | undefined {
    const uri = store.uri.toString();
    return vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === uri);
  }

  /** The document's journal as parsed; undefined for a document that is no journal the store shows. */
  async parsed(doc: vscode.TextDocument): Promise<ParsedDocument | undefined> {
    const store = this.storeOf(doc);
    const snapshot = await store?.load().catch((error: unknown) => store.logReadFailure(error));
    return store && snapshot ? this.parsedNow(doc, store, snapshot) : undefined;
  }

  /** The document's journal at its current version, given the store's last read. */
  parsedNow(doc: vscode.TextDocument, store: JournalStore, snapshot: JournalSnapshot): ParsedDocument {
    const key = doc.uri.toString();
    const cached = this.cache.get(key);
    if (cached?.version === doc.version && cached.parsed.store === store) return cached.parsed;
    const text = doc.getText();
    // The editor never shows a byte order mark: the store's text starts with one where the file does.
    const withBom = snapshot.journal.bom && snapshot.text.length === text.length + 1 && snapshot.text.endsWith(text);
    const same = withBom || snapshot.text === text;
    let journal = snapshot.journal;
    if (!same) {
      this.parses++;
      journal = parseJournal(text);
    }
    const parsed = { store, journal, lines: new JournalLines(same ? snapshot.text : text, journal) };
    this.cache.set(key, { version: doc.version, parsed });
    return parsed;
  }
}

/** VS Code's range for a core one. */
export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
