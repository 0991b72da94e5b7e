// The part of the built-in git extension's API (extensions/git/src/api/git.d.ts in VS Code, version 1) that
// this extension uses, copied so that nothing depends on the git extension at build time. Read only: no
// method that changes the repository is declared here.
import type { Event, Uri } from 'vscode';

export interface Ref {
  readonly name?: string;
  readonly commit?: string;
}

export interface Commit {
  readonly hash: string;
  readonly parents: string[];
  readonly authorDate?: Date;
  readonly commitDate?: Date;
}

export interface LogOptions {
  /** `git log -n<maxEntries>` from HEAD; 32 when not given. */
  readonly maxEntries?: number;
}

export interface RefQuery {
  /** for-each-ref patterns such as `refs/tags/deploy-*`. */
  readonly pattern?: string | string[];
  readonly count?: number;
}

export interface RepositoryState {
  readonly HEAD: Ref | undefined;
  readonly onDidChange: Event<void>;
}

export interface Repository {
  readonly rootUri: Uri;
  readonly state: RepositoryState;
  readonly onDidCommit: Event<void>;
  log(options?: LogOptions): Promise<Commit[]>;
  getRefs(query: RefQuery): Promise<Ref[]>;
}

export type APIState = 'uninitialized' | 'initialized';

export interface API {
  readonly state: APIState;
  readonly onDidChangeState: Event<APIState>;
  readonly onDidOpenRepository: Event<Repository>;
  getRepository(uri: Uri): Repository | null;
}

export interface GitExtension {
  readonly enabled: boolean;
  readonly onDidChangeEnablement: Event<boolean>;
  /** Throws when the git extension is disabled (`git.enabled: false`). */
  getAPI(version: 1): API;
}
