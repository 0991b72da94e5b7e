// The same repository with the built-in git extension turned off (`git.enabled: false` in the workspace's
// settings): nothing is read from git, and everything else works as before.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../../src/extension';
import { at, children, extensionApi, folder, putJournal, readBytes } from '../helpers';
import { makeRepository } from '../gitRepository';

const JOURNAL =
  '---\nproject: committer\nstarted: 2026-10-01\n---\n\n# committer\n\n## 2026-10-01 09:00 Phase: design\n';

describe('with the git extension disabled', function () {
  this.timeout(60_000);
  let api: SideProjectApi;
  const store = () => api.journals.all[0];
  // Every error or warning the extension shows while git is off. The tests and the extension share one
  // `vscode` API object in this host, so wrapping its functions sees the extension's own calls.
  const shown: string[] = [];
  const originals = { error: vscode.window.showErrorMessage, warning: vscode.window.showWarningMessage };

  before(async () => {
    const record =
      (kind: string, original: (...args: never[]) => unknown) =>
      (...args: never[]) => {
        shown.push(`${kind}: ${String(args[0])}`);
        return original(...args);
      };
    Object.assign(vscode.window, {
      showErrorMessage: record('error', originals.error),
      showWarningMessage: record('warning', originals.warning),
    });
    api = await extensionApi();
    api.clock.set(at(2026, 11, 24, 10, 30));
    await putJournal(api, JOURNAL);
    makeRepository(folder().uri.fsPath, ['2026-11-20 09:00', '2026-11-21 10:00'], { 'deploy-1': 1 });
  });

  it('reads no history, and says so without failing', async () => {
    assert.equal(vscode.workspace.getConfiguration('git').get('enabled'), false);
    assert.equal(await api.git.settled(store()), undefined);
    assert.equal(await api.git.head(store()), undefined);
    assert.equal(api.git.reads, 0);
  });

  it('logs a deploy without a commit, and the views and metrics work from the journal alone', async () => {
    const before = readBytes();
    assert.deepEqual(await vscode.commands.executeCommand('sideProject.logDeploy', { title: 'v1' }), {
      written: true,
    });
    assert.equal(
      readBytes().slice(before.length),
      '\n## 2026-11-24 10:30 Deploy: v1\n- Status: succeeded\n- Environment: production\n',
    );
    const stats = api.stats.statsFor(store());
    assert.ok(stats);
    assert.deepEqual([stats.delivery.deploys.length, stats.delivery.leadTimeMinutes], [1, undefined]);
    assert.equal(stats.momentum.lastCommitOn, undefined, 'commits are not read');
    const rows = await children(api);
    assert.ok(
      rows.some((n) => n.type === 'phase'),
      'the tree shows the phases',
    );
    assert.ok(api.statusBar.visible);
    await vscode.commands.executeCommand('sideProject.showDashboard');
    const html = api.dashboards.html(store()) ?? '';
    assert.match(html, /Lead time for changes<\/th><td>Unknown: it needs git/);
    assert.match(html, /\(1 deploy\)/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await putJournal(api, JOURNAL);
  });

  it('showed no error or warning in all of this (and would have seen one)', async () => {
    assert.deepEqual(shown, []);
    // The control: a refused argument is an error the extension shows, and the wrapper sees it.
    await vscode.commands.executeCommand('sideProject.logNote', { text: 42 });
    await vscode.commands.executeCommand('notifications.clearAll');
    assert.equal(shown.length, 1);
    assert.match(shown[0], /^error: The argument of sideProject\.logNote was refused/);
  });

  after(() => {
    Object.assign(vscode.window, { showErrorMessage: originals.error, showWarningMessage: originals.warning });
  });
});
