import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  at,
  childViews,
  dismissUntilSettled,
  eventually,
  extensionApi,
  journalPath,
  putJournal,
  readBytes,
} from '../helpers';

describe('a folder without a journal', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await putJournal(await extensionApi(), undefined);
  });

  it('shows the welcome state (no tree items, hasJournal unset) and no status bar item', async () => {
    const api = await extensionApi();
    assert.deepEqual(await childViews(api), []);
    assert.equal(api.journals.all[0].current, undefined);
    assert.equal(api.statusBar.item.text, '');
  });

  it('a logging command offers to start a journal instead of writing anywhere', async () => {
    const api = await extensionApi();
    const running = vscode.commands.executeCommand('sideProject.logNote', { text: 'lost?' });
    // The offer is a notification; dismissing it leaves the folder as it was.
    assert.deepEqual(await dismissUntilSettled(running, 'notifications.clearAll'), {
      written: false,
      message: 'cancelled',
    });
    assert.equal(fs.existsSync(journalPath()), false);
    assert.equal(api.journals.all[0].current, undefined);
  });

  it('Escape while starting a journal writes nothing', async () => {
    const running = vscode.commands.executeCommand('sideProject.startJournal');
    assert.deepEqual(await dismissUntilSettled(running, 'workbench.action.closeQuickOpen'), {
      written: false,
      message: 'cancelled',
    });
    assert.equal(fs.existsSync(journalPath()), false);
  });

  it('startJournal creates the journal, opens it, and the tree and status bar follow', async () => {
    const api = await extensionApi();
    api.clock.set(at(2026, 11, 24, 9, 5));
    try {
      const result = await vscode.commands.executeCommand('sideProject.startJournal', {
        project: 'pager-duty-lite',
        learningGoal: 'Be on call for my own service',
        definitionOfDone: 'Public URL; Two users for a month',
      });
      assert.deepEqual(result, { written: true });
      assert.equal(
        readBytes(),
        [
          '---',
          'project: pager-duty-lite',
          'started: 2026-11-24',
          'launch_target: 2026-12-24',
          'learning_goal: Be on call for my own service',
          'definition_of_done:',
          '  - Public URL',
          '  - Two users for a month',
          '---',
          '',
          '# pager-duty-lite',
          '',
          '## 2026-11-24 09:05 Phase: design',
          '',
        ].join('\n'),
      );
      assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, journalPath());
      await eventually('the tree to show the journal', async () => (await childViews(api)).length > 0);
      const phases = (await childViews(api)).slice(-5);
      assert.deepEqual(
        phases.map((v) => [v.label, v.description]),
        [
          ['Design', 'day 1 · since Nov 24'],
          ['Build', 'not reached'],
          ['Deploy', 'not reached'],
          ['Operate', 'not reached'],
          ['Maintain', 'not reached'],
        ],
      );
      await eventually(
        'the status bar to show the phase',
        () => api.statusBar.item.text === '$(milestone) Design · day 1',
      );
    } finally {
      api.clock.set(undefined);
    }
  });
});
