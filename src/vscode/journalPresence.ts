// Whether any workspace folder has a journal, for the Node host's start (src/start.node.ts), which loads the
// extension's bundle only then: a workspace without one pays for the start alone. Node only: the answer is
// needed within activation, so it comes from the local disk, synchronously.
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { journalPathProblem } from '../core/read/journalLocation';
import { SECTION, readJournalPath } from './settings';
import { SETTING_KEYS } from './settingDefaults';

/**
 * Whether the extension is needed now: something is at a folder's journal path (a file, or a symbolic link
 * even if it leads nowhere or out of the folder: the extension reports those), or the journal cannot be
 * looked for here (a folder that is not on the local disk, a `journalPath` the extension must refuse, which
 * it then reports).
 */
export function someFolderMayHaveJournal(): boolean {
  return (vscode.workspace.workspaceFolders ?? []).some((folder) => {
    const journalPath = readJournalPath(folder);
    if (folder.uri.scheme !== 'file' || journalPathProblem(journalPath)) return true;
    try {
      return lstatSync(join(folder.uri.fsPath, journalPath), { throwIfNoEntry: false }) !== undefined;
    } catch {
      return true; // unreadable, or a file where a folder should be: the extension says what is wrong there
    }
  });
}

/**
 * Calls `appeared` once a folder may have a journal: at once if one may already, or when one is created where
 * a folder's `journalPath` says, or the folders or that setting change so that one now may. Disposing it
 * stops watching.
 */
export function whenJournalAppears(appeared: () => void): vscode.Disposable {
  if (someFolderMayHaveJournal()) {
    appeared();
    return { dispose: () => undefined };
  }
  let watchers: vscode.Disposable[] = [];
  const watch = () => {
    watchers.forEach((watcher) => watcher.dispose());
    watchers = (vscode.workspace.workspaceFolders ?? []).map((folder) => {
      const pattern = new vscode.RelativePattern(folder, readJournalPath(folder));
      const watcher = vscode.workspace.createFileSystemWatcher(pattern, false, true, true);
      watcher.onDidCreate(check);
      return watcher;
    });
  };
  const check = () => {
    if (!someFolderMayHaveJournal()) return watch();
    dispose();
    appeared();
  };
  let listeners: vscode.Disposable[] = [];
  // Right after activation rather than within it: nothing VS Code asks for waits on these, and the check they
  // start with sees a journal made in between.
  const timer = setTimeout(() => {
    listeners = [
      vscode.workspace.onDidChangeWorkspaceFolders(check),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.${SETTING_KEYS.journalPath}`)) check();
      }),
    ];
    check();
  }, 0);
  const dispose = () => {
    clearTimeout(timer);
    [...watchers, ...listeners].forEach((disposable) => disposable.dispose());
  };
  return { dispose };
}
