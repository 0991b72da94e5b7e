// The local-disk part of the store, for `file:` journals in a Node extension host. An append adds the new
// bytes with the operating system's append mode (O_APPEND), in one write, so appends from several windows
// or processes at once cannot overwrite each other. No `vscode` here: the concurrency test drives this very
// code from several plain Node processes.
import { accessSync, constants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { appendEntry, decodeJournal, parseJournal, type AppendContext, type EntryDraft } from '../core';

const TAIL_BYTES = 4096;

/** What the caller already knows of the file: the facts an append needs, and the file they were read from. */
export interface KnownFile {
  readonly context: AppendContext;
  readonly size: number;
  /** Modification time in whole milliseconds. */
  readonly mtime: number;
}

/**
 * Where `target` really is, symlinks followed, even when it does not exist yet: the deepest existing
 * ancestor's real path plus the rest. A dangling link is followed to where a write would create the file.
 */
async function realLocation(target: string, hops = 0): Promise<string> {
  try {
    return await fs.realpath(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || hops > 40) throw error;
  }
  const link = await fs.readlink(target).catch(() => undefined);
  if (link !== undefined) return realLocation(path.resolve(path.dirname(target), link), hops + 1);
  const parent = path.dirname(target);
  return parent === target ? target : path.join(await realLocation(parent, hops), path.basename(target));
}

/** True when `target`, symlinks followed, lies inside `folder` (also followed). */
export async function isInsideFolder(folder: string, target: string): Promise<boolean> {
  const [realFolder, realTarget] = await Promise.all([realLocation(folder), realLocation(target)]);
  const relative = path.relative(realFolder, realTarget);
  return relative !== '' && !relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative);
}

/** The last few KB of an open file as text: all an append needs to see of how the file ends. */
async function readTail(handle: fs.FileHandle, size: number): Promise<string> {
  const length = Math.min(size, TAIL_BYTES);
  const buffer = Buffer.alloc(length);
  await handle.read(buffer, 0, length, size - length);
  // A cut through a multi-byte character only garbles the tail's first character, which is never read.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(buffer);
}

/** The whole file, refused when it is not UTF-8: an append would add UTF-8 bytes to something else. */
async function readWhole(handle: fs.FileHandle): Promise<string> {
  const decoded = decodeJournal(await handle.readFile());
  if (decoded.readOnly !== undefined) throw new Error(decoded.readOnly);
  return decoded.text;
}

/**
 * Appends an entry to a local journal. `known` is what the caller parsed of the file; it is trusted only
 * while the file still has the size and time it had then, so the cost does not grow with the journal.
 * What is appended depends on how the file ends (a block left open must be closed exactly once), and a
 * read can see another process's append half done, so the decision and the write are made under a lock
 * shared by every window and process on the machine that appends this way.
 */
export async function appendToLocalFile(file: string, draft: EntryDraft, known?: KnownFile): Promise<void> {
  await withFileLock(file, async () => {
    const handle = await fs.open(file, 'a+');
    try {
      const stat = await handle.stat();
      const fresh = known && known.size === stat.size && known.mtime === Math.trunc(stat.mtimeMs);
      const context = fresh ? known.context : parseJournal(await readWhole(handle));
      await handle.write(appendEntry(await readTail(handle, stat.size), draft, context));
    } finally {
      await handle.close();
    }
  });
}

const LOCK_STALE_MS = 10_000;
const LOCK_WAIT_MS = 15_000;

/**
 * Runs `action` while holding a lock file beside the journal (`.journal.md.lock`, for a few milliseconds):
 * beside it, every process agrees on it whatever its temp folder, and nothing is written outside the
 * project. A lock older than LOCK_STALE_MS belongs to a process that died.
 */
async function withFileLock<T>(file: string, action: () => Promise<T>): Promise<T> {
  const real = await realLocation(file);
  const lock = path.join(path.dirname(real), `.${path.basename(real)}.lock`);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      await (await fs.open(lock, 'wx')).close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = await fs.stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > LOCK_STALE_MS) await fs.rm(lock, { force: true });
      else if (Date.now() > deadline) throw new Error('another window or process kept the journal locked');
      else await new Promise((resolve) => setTimeout(resolve, 1 + Math.random() * 4));
    }
  }
  try {
    return await action();
  } finally {
    await fs.rm(lock, { force: true });
  }
}

/**
 * A `node` on the PATH, or VS Code's own executable run as Node: what an MCP client can start the
 * journal's server with on this machine.
 */
export function nodeRuntime(env: NodeJS.ProcessEnv = process.env): { command: string; env?: Record<string, string> } {
  const names = process.platform === 'win32' ? ['node.exe', 'node.cmd'] : ['node'];
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return { command: candidate };
      } catch {
        // not here
      }
    }
  }
  return { command: process.execPath, env: { ELECTRON_RUN_AS_NODE: '1' } };
}

/** Creates `file` with `bytes`, and its folders; fails (EEXIST) where the file exists, whoever made it. */
export async function createNewFile(file: string, bytes: Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, bytes, { flag: 'wx' });
}
