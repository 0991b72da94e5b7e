// Restricted Mode (an untrusted workspace): the workspace's own sideProject.journalPath, which points out of
// the folder, is not applied; the journal lives at the default place inside the folder.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { at, extensionApi, folder } from '../helpers';

describe('Restricted Mode', () => {
  it('ignores the workspace journalPath, so writes stay inside the folder', async () => {
    const api = await extensionApi();
    assert.equal(vscode.workspace.isTrusted, false, 'the workspace is not trusted');
    const root = folder().uri.fsPath;
    const config = vscode.workspace.getConfiguration('sideProject', folder().uri);
    assert.equal(config.get('journalPath'), '.sideproject/journal.md');
    assert.equal(api.journals.all[0].uri.fsPath, path.join(root, '.sideproject', 'journal.md'));

    api.clock.set(at(2026, 11, 24, 10, 30));
    try {
      const result = await vscode.commands.executeCommand('sideProject.startJournal', {
        project: 'mine',
        learningGoal: 'x',
        definitionOfDone: 'y',
        launchTarget: '2026-12-24',
        open: false,
      });
      assert.deepEqual(result, { written: true });
    } finally {
      api.clock.set(undefined);
    }
    assert.ok(fs.existsSync(path.join(root, '.sideproject', 'journal.md')));
    assert.equal(fs.existsSync(path.join(path.dirname(root), 'outside')), false, 'nothing outside the folder');
  });
});
