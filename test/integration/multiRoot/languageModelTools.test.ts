// In a multi-root window an agent names the folder, or the active editor's folder is meant.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { at, extensionApi, journalPath } from '../helpers';

describe('language-model tools in a multi-root workspace', () => {
  it('write to the named folder, and refuse without one, naming the folders', async () => {
    const api = await extensionApi();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const alpha = fs.readFileSync(journalPath(0), 'utf8');
    api.clock.set(at(2026, 11, 24, 10, 30));
    try {
      await assert.rejects(
        async () =>
          vscode.lm.invokeTool('sideProject_logNote', { input: { title: 'x' }, toolInvocationToken: undefined }),
        (error: Error) =>
          /Several folders are open: say which one with `folder`, one of "alpha", "beta"/.test(error.message),
      );
      await vscode.lm.invokeTool('sideProject_logNote', {
        input: { title: 'Worked on alpha', folder: 'alpha' },
        toolInvocationToken: undefined,
      });
      assert.equal(fs.readFileSync(journalPath(0), 'utf8'), `${alpha}\n## 2026-11-24 10:30 Note: Worked on alpha\n`);
    } finally {
      api.clock.set(undefined);
      fs.writeFileSync(journalPath(0), alpha);
      await api.journals.all[0].refresh();
    }
  });
});
