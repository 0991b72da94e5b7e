// What differs between the two extension hosts, chosen once at activation. The Node host (desktop, remote,
// codespaces) has the local disk, where a journal gets the append-only path under its lock and the symbolic
// link check, a `node` to start the MCP server with, and an environment that can pin the clock. The web
// worker host (vscode.dev, github.dev) has none of these: its journals go through `workspace.fs` with the
// read-compare-write guard, and what needs Node is absent there without an error. No Node import here.
import type { EntryDraft } from '../core';
import type * as OnDemand from '../onDemand';
import type { KnownFile } from './localFile';
import type { Registrar } from './registrar';

/** The local disk, for `file:` journals. */
export interface LocalFiles {
  /** Whether `target`, with every symbolic link on its way followed, lies inside `folder`. */
  isInsideFolder(folder: string, target: string): Promise<boolean>;
  /** Appends the entry under the journal's lock, deciding from the file as it is on disk. */
  append(file: string, draft: EntryDraft, known?: KnownFile): Promise<void>;
  /** Creates a file that must not exist yet (and its folders): one written meanwhile is never overwritten. */
  createNewFile(file: string, bytes: Uint8Array): Promise<void>;
  /** What an MCP client can start the journal's server with on this machine. */
  nodeRuntime(): { command: string; env?: Record<string, string> };
}

export interface Host {
  /** In the Node extension host only. */
  readonly localFiles?: LocalFiles;
  /** A local time (ISO form) that pins the clock: how end-to-end runs fix "now" from outside the host. */
  readonly pinnedNow?: string;
  /**
   * What is loaded at its first use rather than at start (src/onDemand.ts, the on-demand bundle beside the
   * extension's): loaded once, and a failed load is said again at every use (src/onDemandLoader.ts).
   */
  readonly onDemand: () => Promise<typeof OnDemand>;
  /** How the commands, the view, the dashboard's restorer and the tools are registered (registrar.ts). */
  readonly registrar: Registrar;
}
