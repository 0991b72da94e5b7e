// Whether a local folder may have a journal: the Node host's start asks it within activation
// (journalPresence.ts), so it is answered from the disk, synchronously. No `vscode` here: a plain-Node test
// drives it on real files.
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { journalPathProblem } from '../core/read/journalLocation';

/**
 * Whether the extension is needed for `journalPath` (the setting) in the local folder `folder`: something is
 * there (a file, or a symbolic link even if it leads nowhere or out of the folder), something there cannot be
 * looked at (no permission, a file where a folder should be), or the path is one the extension must refuse.
 * In each case but a plain journal the extension then says what is wrong.
 */
export function mayHaveLocalJournal(folder: string, journalPath: string): boolean {
  if (journalPathProblem(journalPath)) return true;
  try {
    return lstatSync(join(folder, journalPath), { throwIfNoEntry: false }) !== undefined;
  } catch {
    return true;
  }
}
