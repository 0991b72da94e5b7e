// Whether any workspace folder has a journal, and when one appears, for the Node host's start
// (src/start.node.ts), which loads the extension's bundle only then: a workspace without one pays for the
// start alone.
import * as vscode from 'vscode';
import { mayHaveLocalJournal } from './localJournalPresence';
import { SECTION, readJournalPath } from './settings';
import { SETTING_KEYS } from './settingDefaults';

/**
 * Whether the extension is needed now: a folder may have a journal (localJournalPresence.ts), or it cannot be
 * looked for here, in a folder that is not on the local disk.
 */
export function someFolderMayHaveJournal(): boolean {
  return (vscode.workspace.workspaceFolders ?? []).some(
    (folder) => folder.uri.scheme !== 'file' || mayHaveLocalJournal(folder.uri.fsPath, readJournalPath(folder)),
  );
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
