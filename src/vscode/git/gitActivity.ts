// What git says about each folder, read through the built-in git extension's API (`vscode.git`, version 1):
// the recent commits and the deploy tags. Optional: where the git extension is missing or disabled, or the
// folder is no repository, every folder simply has no history and everything else works as before.
//
// Read lazily (the first time a view asks, never in activate()), bounded (MAX_COMMITS, WINDOW_DAYS), read
// again after a commit or a change of the repository's state (debounced), and only as far as needed: the log
// only when HEAD moved, the tags every time (one `for-each-ref`).
import * as vscode from 'vscode';
import { addDays, dayToDate, type CommitInfo, type GitHistory } from '../../core';
import type { Clock } from '../clock';
import { Disposable } from '../dispose';
import type { JournalStore } from '../journalStore';
import type { JournalWorkspace } from '../journalWorkspace';
import { SETTING_KEYS } from '../settingDefaults';
import { readSettings, SECTION } from '../settings';
import type { API, GitExtension, Repository } from './git';

const GIT_EXTENSION_ID = 'vscode.git';
/** The most commits read; a side project rarely has more in its window, and the log stays fast. */
export const MAX_COMMITS = 5000;
/** Commits older than this many days are not read as activity or lead time. */
export const WINDOW_DAYS = 730;
const DEBOUNCE_MS = 500;
/** How long to wait for the git extension to find the repositories before saying there is none. */
const INITIALIZE_TIMEOUT_MS = 30_000;

interface FolderGit {
  history: GitHistory | undefined;
  /** Settles once the first read is done, with a history or without one. */
  first: Promise<void>;
  repository: Repository | undefined;
  head: string | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  subscriptions: vscode.Disposable[];
}

export class GitActivity extends Disposable {
  private readonly folders = new Map<JournalStore, FolderGit>();
  private api: Promise<API | undefined> | undefined;
  private readonly changed = this.register(new vscode.EventEmitter<JournalStore>());
  /** Fires with the store whose folder's history changed. */
  readonly onDidChange = this.changed.event;
  /** How many times a history was read (`git log`), for the bench: activate() must read none. */
  reads = 0;

  /** Whether the git extension was asked for yet, for the bench: activate() must not ask. */
  get apiRequested(): boolean {
    return this.api !== undefined;
  }

  constructor(
    journals: JournalWorkspace,
    private readonly clock: Clock,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    // A folder that left the workspace takes its subscriptions to the repository with it.
    this.register(
      journals.onDidChange((store) => {
        if (store) return;
        for (const known of [...this.folders.keys()]) if (!journals.all.includes(known)) this.forget(known);
      }),
    );
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        // Only the tags depend on a setting: whether commits count is the stats' business.
        if (!e.affectsConfiguration(`${SECTION}.${SETTING_KEYS.gitDeployTagPattern}`)) return;
        for (const [store, folder] of this.folders) this.schedule(store, folder, true);
      }),
    );
  }

  /** The history as last read, undefined until it is (or without git); the first call starts the read. */
  historyFor(store: JournalStore): GitHistory | undefined {
    return this.folder(store).history;
  }

  /** The history once the first read has settled: for what must not act on a half-known project (the nudge). */
  async settled(store: JournalStore): Promise<GitHistory | undefined> {
    const folder = this.folder(store);
    await folder.first;
    return folder.history;
  }

  /** The commit HEAD points at, when the folder is a repository that has one. */
  async head(store: JournalStore): Promise<string | undefined> {
    const folder = this.folder(store);
    await folder.first;
    return folder.repository?.state.HEAD?.commit;
  }

  private folder(store: JournalStore): FolderGit {
    let folder = this.folders.get(store);
    if (!folder) {
      const created: FolderGit = {
        history: undefined,
        first: Promise.resolve(),
        repository: undefined,
        head: undefined,
        timer: undefined,
        subscriptions: [],
      };
      folder = created;
      this.folders.set(store, folder);
      created.first = this.start(store, created);
    }
    return folder;
  }

  private async start(store: JournalStore, folder: FolderGit): Promise<void> {
    try {
      const api = await this.gitApi();
      if (!api || this.isDisposed) return;
      const repository = await repositoryFor(api, store.folder.uri);
      if (!repository) {
        // A repository initialised later (git init, or the extension finding it late) is picked up then.
        folder.subscriptions.push(
          api.onDidOpenRepository(() => {
            // Each call of the API wraps the repository anew: asked again rather than compared.
            const opened = folder.repository ? undefined : api.getRepository(store.folder.uri);
            if (!opened) return;
            this.attach(store, folder, opened);
            this.schedule(store, folder, true);
          }),
        );
        return;
      }
      this.attach(store, folder, repository);
      await this.read(store, folder, true);
    } catch (error) {
      this.log.warn(`Git history of ${store.folder.name} not read: ${String(error)}`);
    }
  }

  private attach(store: JournalStore, folder: FolderGit, repository: Repository): void {
    folder.repository = repository;
    folder.subscriptions.push(
      repository.state.onDidChange(() => this.schedule(store, folder, false)),
      repository.onDidCommit(() => this.schedule(store, folder, false)),
    );
  }

  /** Reads again soon: many state changes come in a burst (a commit, then its status runs). */
  private schedule(store: JournalStore, folder: FolderGit, force: boolean): void {
    if (!folder.repository) return;
    clearTimeout(folder.timer);
    folder.timer = setTimeout(() => {
      void this.read(store, folder, force).catch((error: unknown) =>
        this.log.warn(`Git history of ${store.folder.name} not read: ${String(error)}`),
      );
    }, DEBOUNCE_MS);
  }

  private async read(store: JournalStore, folder: FolderGit, force: boolean): Promise<void> {
    const repository = folder.repository;
    if (!repository || this.isDisposed) return;
    const head = repository.state.HEAD?.commit;
    const pattern = readSettings(store.folder).gitDeployTagPattern.trim();
    const tags = pattern ? await repository.getRefs({ pattern: `refs/tags/${pattern}` }) : [];
    const deployTags = tags.flatMap((t) => (t.name && t.commit ? [{ name: t.name, sha: t.commit }] : []));
    let commits = folder.history?.commits;
    if (force || commits === undefined || head !== folder.head) {
      this.reads++;
      const since = dayToDate(addDays(this.clock.today(), -WINDOW_DAYS)).getTime();
      commits = (head ? await repository.log({ maxEntries: MAX_COMMITS }) : []).flatMap((c): CommitInfo[] => {
        const authorTime = c.authorDate?.getTime() ?? c.commitDate?.getTime();
        if (authorTime === undefined || authorTime < since) return [];
        return [{ sha: c.hash, authorTime, commitTime: c.commitDate?.getTime() ?? authorTime, parents: c.parents }];
      });
    } else if (sameTags(folder.history?.deployTags ?? [], deployTags)) {
      return;
    }
    folder.head = head;
    folder.history = { commits, deployTags };
    this.changed.fire(store);
  }

  /** The git extension's API, once per window; undefined when it is missing, disabled or fails. */
  private gitApi(): Promise<API | undefined> {
    this.api ??= (async () => {
      const extension = vscode.extensions.getExtension<GitExtension>(GIT_EXTENSION_ID);
      if (!extension) return undefined;
      const exports = extension.isActive ? extension.exports : await extension.activate();
      if (!exports?.enabled) return undefined;
      return exports.getAPI(1);
    })().catch((error: unknown) => {
      this.log.info(`Git is not available: ${String(error)}`);
      return undefined;
    });
    return this.api;
  }

  private forget(store: JournalStore): void {
    const folder = this.folders.get(store);
    if (!folder) return;
    clearTimeout(folder.timer);
    folder.subscriptions.forEach((s) => s.dispose());
    this.folders.delete(store);
  }

  override dispose(): void {
    for (const store of [...this.folders.keys()]) this.forget(store);
    super.dispose();
  }
}

function sameTags(a: GitHistory['deployTags'], b: GitHistory['deployTags']): boolean {
  return a.length === b.length && a.every((t, i) => t.name === b[i].name && t.sha === b[i].sha);
}

/** The repository holding `uri`, once the git extension has looked for repositories (or given up waiting). */
async function repositoryFor(api: API, uri: vscode.Uri): Promise<Repository | undefined> {
  if (api.state !== 'initialized') {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, INITIALIZE_TIMEOUT_MS);
      const listener = api.onDidChangeState((state) => state === 'initialized' && done());
      function done() {
        clearTimeout(timer);
        listener.dispose();
        resolve();
      }
    });
  }
  return api.getRepository(uri) ?? undefined;
}
