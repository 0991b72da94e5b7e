import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { at, childViews, children, extensionApi, journalPath, putJournal, readBytes } from '../helpers';

describe('a multi-root workspace', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await putJournal(await extensionApi(), undefined, 1);
  });

  it('shows one node per folder, with the phases under the one that has a journal', async () => {
    const api = await extensionApi();
    assert.deepEqual(
      (await childViews(api)).map((v) => [v.label, v.description, v.contextValue]),
      [
        ['alpha', 'Operate', 'folder.journal'],
        ['beta', 'no journal yet', 'folder.noJournal'],
      ],
    );
    const [alpha, beta] = await children(api);
    assert.deepEqual(
      (await childViews(api, alpha)).slice(-5).map((v) => v.label),
      ['Design', 'Build', 'Deploy', 'Operate', 'Maintain'],
    );
    assert.deepEqual(
      (await childViews(api, beta)).map((v) => [v.label, v.contextValue]),
      [['Start Journal', 'noJournal']],
    );
  });

  it('writes to the folder the argument names, and only there', async () => {
    const api = await extensionApi();
    api.clock.set(at(2026, 11, 24, 11, 0));
    try {
      const alphaBefore = readBytes(0);
      await vscode.commands.executeCommand('sideProject.startJournal', {
        folder: api.journals.all[1].folder.uri,
        project: 'beta',
        learningGoal: 'x',
        definitionOfDone: '',
        launchTarget: '2026-12-01',
        open: false,
      });
      await vscode.commands.executeCommand('sideProject.logNote', {
        folder: api.journals.all[1].folder.uri.fsPath,
        text: 'second folder',
      });
      assert.equal(readBytes(0), alphaBefore);
      assert.ok(
        readBytes(1).endsWith('## 2026-11-24 11:00 Phase: design\n\n## 2026-11-24 11:00 Note: second folder\n'),
        readBytes(1),
      );
    } finally {
      api.clock.set(undefined);
    }
  });

  it("uses the active editor's folder when no argument names one", async () => {
    const api = await extensionApi();
    api.clock.set(at(2026, 11, 24, 11, 5));
    try {
      const alphaBefore = readBytes(0);
      await vscode.window.showTextDocument(vscode.Uri.joinPath(api.journals.all[1].folder.uri, 'README.md'));
      await vscode.commands.executeCommand('sideProject.startJournal', {
        project: 'beta',
        learningGoal: 'x',
        definitionOfDone: '',
        launchTarget: '2026-12-01',
        open: false,
      });
      assert.equal(readBytes(0), alphaBefore);
      assert.ok(fs.existsSync(journalPath(1)));
    } finally {
      api.clock.set(undefined);
    }
  });
});
