// Which journal the command line works on, found as git finds its repository: from the current folder
// upward. Reading and writing go through the extension's own local-disk path (O_APPEND, the same lock), so
// a terminal and a VS Code window can log at once.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { decodeJournal, parseJournal, type Journal } from '../core';
import { isInsideFolder } from '../vscode/localFile';

export const DEFAULT_JOURNAL = path.join('.sideproject', 'journal.md');

/** A refusal or a problem the user can act on: printed as one line, exit code 1. */
export class CliError extends Error {}

export interface JournalFile {
  /** The absolute path of the journal. */
  readonly path: string;
  /** The folder it belongs to (it must lie inside it, symbolic links followed). */
  readonly root: string;
}

const exists = (p: string) =>
  fs.stat(p).then(
    () => true,
    () => false,
  );

/**
 * The journal named by `--journal`, or the first `.sideproject/journal.md` from `cwd` upward, stopping at
 * the repository's root (the first folder holding `.git`). Its root is that folder (or, for `--journal`,
 * the repository around it, else its own folder), and the journal must lie inside it.
 */
export async function findJournal(cwd: string, explicit?: string): Promise<JournalFile> {
  let found: JournalFile | undefined;
  if (explicit !== undefined) {
    const file = path.resolve(cwd, explicit);
    found = { path: file, root: (await repositoryRoot(path.dirname(file))) ?? path.dirname(file) };
  } else {
    for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
      if (await exists(path.join(dir, DEFAULT_JOURNAL))) {
        found = { path: path.join(dir, DEFAULT_JOURNAL), root: dir };
        break;
      }
      if ((await exists(path.join(dir, '.git'))) || path.dirname(dir) === dir) {
        throw new CliError(
          `No journal found: no ${DEFAULT_JOURNAL} in ${cwd} or the folders above it (up to ${dir}). ` +
            'Start one in VS Code, or pass --journal PATH.',
        );
      }
    }
  }
  if (!(await isInsideFolder(found.root, found.path))) {
    throw new CliError(
      `Nothing was done: ${found.path} leads outside ${found.root} (through a symbolic link): ` +
        'the journal must live inside the project.',
    );
  }
  return found;
}

async function repositoryRoot(from: string): Promise<string | undefined> {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (await exists(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The journal's text and parse; refused when it is missing or not UTF-8 text. */
export async function readJournal(file: JournalFile): Promise<{ text: string; journal: Journal; readOnly?: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file.path);
  } catch (error) {
    throw new CliError(`Could not read ${file.path}: ${(error as Error).message}`);
  }
  const { text, readOnly } = decodeJournal(bytes);
  return { text, journal: parseJournal(text), readOnly };
}
