// Start Journal in a multi-root workspace: it offers only the folders that have no journal yet, and from a
// folder's "Start Journal" row it asks every question for that folder.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../../src/extension';
import { at, children, extensionApi, putJournal, readBytes } from '../helpers';
import { acceptDefaults, converse } from '../questions';

describe('Start Journal in a multi-root workspace', () => {
  let api: SideProjectApi;
  before(async () => (api = await extensionApi()));
  beforeEach(async () => {
    api.clock.set(at(2026, 11, 24, 11, 0));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    api.clock.set(undefined);
    await putJournal(api, undefined, 1);
  });

  it('lists only the folders without a journal', async () => {
    const { result, asked, questions } = await converse(api, 'sideProject.startJournal', [], () => 'escape');
    assert.deepEqual(asked, ['Start Journal: Which folder gets the journal? (folders without one)']);
    assert.deepEqual(questions[0].items, ['beta']);
    assert.deepEqual(result, { written: false, message: 'cancelled' });
  });

  it('asks nothing when every folder has a journal (it says so), and writes nothing', async () => {
    const beta = '---\nproject: beta\n---\n';
    await putJournal(api, beta, 1);
    const alpha = readBytes(0);
    const { result, asked } = await converse(api, 'sideProject.startJournal', [], () => 'escape');
    assert.deepEqual([result, asked], [{ written: false, message: 'cancelled' }, []]);
    assert.deepEqual([readBytes(0), readBytes(1)], [alpha, beta]);
  });

  it("from a folder's Start Journal row, clicked or focused, asks all four questions for it", async () => {
    const [, betaFolder] = await children(api);
    const [row] = await children(api, betaFolder);
    assert.equal(row?.type, 'noJournal');
    const clicked = api.tree.getTreeItem(row).command;
    assert.equal(clicked?.command, 'sideProject.startJournal');
    for (const args of [clicked.arguments ?? [], [row]]) {
      const { result, asked } = await converse(
        api,
        'sideProject.startJournal',
        args,
        acceptDefaults('Run it for real users'),
      );
      assert.deepEqual(result, { written: true });
      assert.deepEqual(asked, [
        "Start Journal 1/4: The project's name",
        'Start Journal 2/4: The one thing you want to learn that your day job does not teach',
        'Start Journal 3/4: Done means… (separate items with ;) (optional)',
        'Start Journal 4/4: Launch target: the day you mean to be in production. Small enough to reach in a month.',
      ]);
      assert.equal(
        readBytes(1),
        '---\nproject: beta\nstarted: 2026-11-24\nlaunch_target: 2026-12-24\nlearning_goal: Run it for real users\n---\n\n# beta\n\n## 2026-11-24 11:00 Phase: design\n',
      );
      await putJournal(api, undefined, 1);
    }
  });
});
