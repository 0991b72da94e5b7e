// One store per workspace folder owns its journal: it finds, reads, caches, writes and watches the file,
// and fires one change event per change. Views only listen; no view parses or writes.
import * as vscode from 'vscode';
import {
  appendEntry,
  applyEdits,
  decodeJournal,
  errorMessage,
  findAppended,
  journalPathProblem,
  parseJournal,
  type Entry,
  type EntryDraft,
  type Journal,
  type TextEdit,
} from '../core';
import { Disposable } from './dispose';
import type { LocalFiles } from './host';
import { SETTING_KEYS } from './settingDefaults';
import { readSettings, SECTION } from './settings';

export interface JournalSnapshot {
  readonly uri: vscode.Uri;
  readonly text: string;
  readonly journal: Journal;
  /** Why the file is shown but never written (it is not UTF-8), or undefined when it may be written. */
  readonly readOnly?: string;
}

/** A write that did not happen: names the file and the cause; the caller keeps what the user typed. */
export class JournalWriteError extends Error {
  constructor(
    readonly uri: vscode.Uri,
    readonly cause: unknown,
    message = vscode.l10n.t('Could not write {0}: {1}', vscode.workspace.asRelativePath(uri), describeCause(cause)),
  ) {
    super(message);
    this.name = 'JournalWriteError';
  }
}

/** Throws, naming the reason, when there is one: nothing is written then. */
function refuseWrite(uri: vscode.Uri, problem: string | undefined): void {
  if (problem !== undefined) {
    throw new JournalWriteError(uri, new Error(problem), vscode.l10n.t('Nothing was written: {0}', problem));
  }
}

function describeCause(cause: unknown): string {
  const code = (cause as { code?: string }).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'NoPermissions':
      return vscode.l10n.t('permission denied (is the file read-only?)');
    case 'EROFS':
      return vscode.l10n.t('the file system is read-only');
    case 'ENOSPC':
      return vscode.l10n.t('the disk is full');
    case 'ENOENT':
    case 'FileNotFound':
      return vscode.l10n.t('the file or its folder no longer exists');
    default:
      return errorMessage(cause);
  }
}

const encoder = new TextEncoder();
const RELOAD_DELAY_MS = 80;

export class JournalStore extends Disposable {
  private snapshot: JournalSnapshot | null | undefined; // undefined: not read yet; null: no journal
  private loading: Promise<JournalSnapshot | undefined> | undefined;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  /** The file as the cache last read it, so an event for a file that did not change reads nothing. */
  private known: { mtime: number; size: number } | undefined;
  private watcher: vscode.Disposable | undefined;
  private readonly changed = this.register(new vscode.EventEmitter<JournalStore>());
  private readonly appended = this.register(new vscode.EventEmitter<Entry>());
  /** Fires after the journal was (re)read: on first load, after a write, after a change on disk. */
  readonly onDidChange = this.changed.event;
  /**
   * Fires after the store appended an entry and read the journal back: the entry as parsed, so its lines
   * are those of `current`. Views use it to show the user what they just logged; hand edits never fire it.
   */
  readonly onDidAppend = this.appended.event;
  /** How many times the file has been read; for the tests that prove writes cause exactly one reload. */
  reads = 0;

  constructor(
    readonly folder: vscode.WorkspaceFolder,
    /** Where a failed read is told: views show no journal then, and the log says why. */
    private readonly log: vscode.LogOutputChannel,
    /** The local disk (the Node extension host): `file:` journals get its append path and link check. */
    private readonly localFiles?: LocalFiles,
  ) {
    super();
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.${SETTING_KEYS.journalPath}`, folder)) {
          if (this.watcher) this.watch(); // the new path, followed from now on
          this.scheduleReload();
        }
      }),
    );
    this.register(
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (doc.uri.toString() === this.uri.toString()) this.scheduleReload();
      }),
    );
  }

  get uri(): vscode.Uri {
    return vscode.Uri.joinPath(this.folder.uri, readSettings(this.folder).journalPath);
  }

  /** The last snapshot read, without reading: what views render synchronously. */
  get current(): JournalSnapshot | undefined {
    return this.snapshot ?? undefined;
  }

  /** The journal, read once and then kept until the file changes. */
  async load(): Promise<JournalSnapshot | undefined> {
    if (this.snapshot !== undefined) return this.snapshot ?? undefined;
    return this.reload();
  }

  /** Reads the file again now, whatever the cache holds. */
  refresh(): Promise<JournalSnapshot | undefined> {
    return this.reload();
  }

  private reload(): Promise<JournalSnapshot | undefined> {
    this.loading ??= this.read().finally(() => (this.loading = undefined));
    return this.loading;
  }

  private async read(): Promise<JournalSnapshot | undefined> {
    const uri = this.uri;
    let next: JournalSnapshot | null;
    if (!this.watcher) this.watch();
    const refused = (await this.locationProblem(uri)) !== undefined;
    try {
      if (refused) throw vscode.FileSystemError.FileNotFound(uri); // neither read nor written: no journal here
      this.reads++;
      // Stat before reading: a change that lands in between then differs from `known` and is read again.
      const stat = await vscode.workspace.fs.stat(uri);
      const { text, readOnly } = decodeJournal(await vscode.workspace.fs.readFile(uri));
      this.known = { mtime: stat.mtime, size: stat.size };
      next = { uri, text, journal: parseJournal(text), readOnly };
    } catch (error) {
      if (!(error instanceof vscode.FileSystemError) || error.code !== 'FileNotFound') throw error;
      this.known = undefined;
      next = null;
    }
    this.snapshot = next;
    this.changed.fire(this);
    return next ?? undefined;
  }

  /** Why this folder's journal must not be touched at all (it lies outside the folder), or undefined. */
  refusal(): Promise<string | undefined> {
    return this.locationProblem(this.uri);
  }

  /**
   * Why the journal at `uri` must not be touched: its configured path is absolute or climbs out with `..`,
   * or, on the local disk, it (or a folder on the way) is a symbolic link to a place outside the folder.
   * A cloned repository's settings or links must never make the user's own commands write elsewhere.
   */
  private async locationProblem(uri: vscode.Uri): Promise<string | undefined> {
    const problem = journalPathProblem(readSettings(this.folder).journalPath);
    if (problem) return vscode.l10n.t('The journal path {0}.', problem);
    const local = this.localFiles;
    if (!local || uri.scheme !== 'file' || this.folder.uri.scheme !== 'file') return undefined;
    const inside = await local.isInsideFolder(this.folder.uri.fsPath, uri.fsPath).catch(() => false);
    return inside
      ? undefined
      : vscode.l10n.t(
          '{0} leads outside the folder {1} (through a symbolic link): the journal must live inside the project.',
          vscode.workspace.asRelativePath(uri),
          this.folder.name,
        );
  }

  /** Refuses, before anything is written, a journal that lies outside its folder. */
  private async checkLocation(uri: vscode.Uri): Promise<void> {
    refuseWrite(uri, await this.locationProblem(uri));
  }

  private scheduleReload(): void {
    clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => void this.reloadIfChanged(), RELOAD_DELAY_MS);
  }

  /**
   * Reads the file again only when it is not the one the cache holds: the echo of the store's own write,
   * and the second of two events for one save, cost a stat and nothing else.
   */
  private async reloadIfChanged(): Promise<void> {
    const stat = await vscode.workspace.fs.stat(this.uri).then(
      (s) => s,
      () => undefined,
    );
    if (stat && this.known && stat.mtime === this.known.mtime && stat.size === this.known.size) return;
    if (!stat && this.snapshot === null) return;
    await this.reload().catch((error: unknown) => this.logReadFailure(error));
  }

  /** A read that failed for another reason than a missing file: said in the log, with the file it was. */
  logReadFailure(error: unknown): undefined {
    const message = errorMessage(error);
    this.log.error(`Could not read ${vscode.workspace.asRelativePath(this.uri)}: ${message}`);
    return undefined;
  }

  /**
   * Follows the file at the configured path: created, changed or deleted by hand, by git or by a tool. From
   * the store's first read on, which sets it up before it reads: until then nothing cached can go stale, and
   * activation, which reads nothing, pays for no watcher.
   */
  private watch(): void {
    this.watcher?.dispose();
    const pattern = new vscode.RelativePattern(this.folder, readSettings(this.folder).journalPath);
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    const onEvent = () => this.scheduleReload();
    this.watcher = vscode.Disposable.from(
      watcher,
      watcher.onDidCreate(onEvent),
      watcher.onDidChange(onEvent),
      watcher.onDidDelete(onEvent),
    );
  }

  /** Whether the file is there now, asked of the file system rather than the cache. */
  async exists(): Promise<boolean> {
    return vscode.workspace.fs.stat(this.uri).then(
      () => true,
      () => false,
    );
  }

  /** Creates the journal with `text`; refuses to replace one that exists. */
  async create(text: string): Promise<void> {
    const uri = this.uri;
    await this.checkLocation(uri);
    if (await this.exists()) {
      throw new JournalWriteError(
        uri,
        new Error('a journal already exists there'),
        vscode.l10n.t('{0} already exists: it was left as it is', vscode.workspace.asRelativePath(uri)),
      );
    }
    await this.writeWhole(uri, text);
  }

  /** Appends an entry, choosing the write that keeps both the user's unsaved text and the entry. */
  /** Appends an entry and returns it as read back from the journal. */
  async append(draft: EntryDraft): Promise<Entry> {
    const uri = this.uri;
    await this.appendOnly(uri, draft);
    // Read back: the entry must be in the journal as written (after it, others' entries may follow).
    const entry = this.snapshot && findAppended(this.snapshot.text, this.snapshot.journal, draft);
    if (!entry) {
      throw new JournalWriteError(
        uri,
        new Error('it does not read back'),
        vscode.l10n.t(
          'The entry was added to {0} but does not read back as an entry: look at the end of the file',
          vscode.workspace.asRelativePath(uri),
        ),
      );
    }
    this.appended.fire(entry);
    return entry;
  }

  private async appendOnly(uri: vscode.Uri, draft: EntryDraft): Promise<void> {
    await this.checkLocation(uri);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open?.isDirty) {
      refuseWrite(uri, (await this.load())?.readOnly);
      await this.applyToDocument(open, (text) => [{ offset: text.length, length: 0, text: appendEntry(text, draft) }]);
      return;
    }
    const cached = await this.load();
    if (!cached) throw new JournalWriteError(uri, Object.assign(new Error('no journal'), { code: 'ENOENT' }));
    refuseWrite(uri, cached.readOnly);
    if (this.localFiles && uri.scheme === 'file') {
      // The cached parse is trusted only while the file keeps the size and time it was read at.
      const known = this.known && { context: cached.journal, ...this.known };
      try {
        await this.localFiles.append(uri.fsPath, draft, known);
      } catch (error) {
        throw new JournalWriteError(uri, error);
      }
      await this.reloadAfterOwnWrite();
      return;
    }
    const text = await this.readFresh(uri);
    await this.writeWhole(uri, text + appendEntry(text, draft), text);
  }

  /**
   * Applies edits computed from the journal as it is now (never from a stale copy): the open document's
   * text when it has unsaved changes, otherwise the file re-read just before the write.
   */
  async edit(compute: (text: string, journal: Journal) => TextEdit[]): Promise<void> {
    const uri = this.uri;
    const computeNaming = (text: string, journal: Journal) => {
      try {
        return compute(text, journal);
      } catch (error) {
        // The core's typed errors (a charter it will not touch, an entry no longer there) say why; this says where.
        throw new JournalWriteError(
          uri,
          error,
          vscode.l10n.t('{0} was not changed: {1}', vscode.workspace.asRelativePath(uri), errorMessage(error)),
        );
      }
    };
    // Only unsaved text needs the editor's copy; a clean editor follows the file on disk by itself.
    await this.checkLocation(uri);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open?.isDirty) {
      refuseWrite(uri, (await this.load())?.readOnly);
      await this.applyToDocument(open, (text) => computeNaming(text, parseJournal(text)));
      return;
    }
    const text = await this.readFresh(uri);
    await this.writeWhole(uri, applyEdits(text, computeNaming(text, parseJournal(text))), text);
  }

  /** The file as it is now, for a write: refused when it is not UTF-8, which the write would damage. */
  private async readFresh(uri: vscode.Uri): Promise<string> {
    let decoded;
    try {
      decoded = decodeJournal(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      throw new JournalWriteError(uri, error);
    }
    refuseWrite(uri, decoded.readOnly);
    return decoded.text;
  }

  private async applyToDocument(doc: vscode.TextDocument, compute: (text: string) => TextEdit[]): Promise<void> {
    const text = doc.getText();
    const edit = new vscode.WorkspaceEdit();
    for (const e of compute(text)) {
      edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length)), e.text);
    }
    if (!(await vscode.workspace.applyEdit(edit))) {
      throw new JournalWriteError(doc.uri, new Error('the editor did not accept the change'));
    }
    if (!(await doc.save())) {
      throw new JournalWriteError(
        doc.uri,
        new Error('it could not be saved'),
        vscode.l10n.t(
          'Could not save {0}: the change is in its open editor, unsaved',
          vscode.workspace.asRelativePath(doc.uri),
        ),
      );
    }
    await this.reloadAfterOwnWrite();
  }

  /**
   * Writes the whole file through the workspace file system. With `expected`, refuses when the file
   * changed since it was read, rather than overwrite someone else's change.
   */
  private async writeWhole(uri: vscode.Uri, text: string, expected?: string): Promise<void> {
    try {
      if (expected !== undefined && (await this.readFresh(uri)) !== expected) {
        throw new JournalWriteError(
          uri,
          new Error('it changed on disk while the entry was being written'),
          vscode.l10n.t(
            '{0} changed on disk while the entry was being written: nothing was overwritten. Try again.',
            vscode.workspace.asRelativePath(uri),
          ),
        );
      }
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
    } catch (error) {
      throw error instanceof JournalWriteError ? error : new JournalWriteError(uri, error);
    }
    await this.reloadAfterOwnWrite();
  }

  /** After its own write the store reads the file once, now, and fires once. */
  private async reloadAfterOwnWrite(): Promise<void> {
    await this.loading?.catch(() => undefined); // a read begun before the write would miss it
    await this.reload();
  }

  override dispose(): void {
    clearTimeout(this.reloadTimer);
    this.watcher?.dispose();
    super.dispose();
  }
}
