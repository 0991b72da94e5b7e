// Git through the built-in git extension, on a real repository the test makes: commit days as activity,
// the deploy tag as a deploy, Log Deploy's commit defaulting to HEAD, lead time from the real commits, and
// deploy tasks offering to log what happened.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../../src/extension';
import type { DeployOffer } from '../../../src/vscode/deployTasks';
import { at, dismissUntilSettled, eventually, extensionApi, folder, putJournal, readBytes } from '../helpers';
import { git, makeRepository, openInGitExtension, type MadeCommit } from '../gitRepository';
import { converse } from '../questions';

const JOURNAL =
  '---\nproject: committer\nstarted: 2026-10-01\n---\n\n# committer\n\n## 2026-10-01 09:00 Phase: design\n';

describe('git, read through the built-in git extension', function () {
  this.timeout(60_000);
  let api: SideProjectApi;
  let commits: MadeCommit[];
  const config = () => vscode.workspace.getConfiguration('sideProject');
  const store = () => api.journals.all[0];

  before(async () => {
    api = await extensionApi();
    api.clock.set(at(2026, 11, 24, 10, 30));
    await putJournal(api, JOURNAL);
    // Nothing logged since October; commits on three days in the last week, the second one tagged.
    commits = makeRepository(folder().uri.fsPath, ['2026-11-20 09:00', '2026-11-21 10:00', '2026-11-22 11:00'], {
      'deploy-1': 1,
      'not-a-deploy': 2,
    });
    await openInGitExtension(folder().uri);
    await eventually('the history to be read', () => api.git.historyFor(store())?.commits.length === 3, 30_000);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('notifications.clearAll');
    await config().update('git.countCommits', undefined, vscode.ConfigurationTarget.Workspace);
    await putJournal(api, JOURNAL);
  });

  it('reads the real commits and only the tags that match the deploy pattern', () => {
    const history = api.git.historyFor(store());
    assert.deepEqual(
      history?.commits.map((c) => c.sha),
      [...commits].reverse().map((c) => c.sha),
    );
    assert.equal(history?.commits[2].authorTime, new Date(2026, 10, 20, 9, 0).getTime());
    assert.deepEqual(history?.deployTags, [{ name: 'deploy-1', sha: commits[1].sha }]);
  });

  it('shows commit days in momentum: a project that commits but logs nothing is not quiet, and is not nudged', async () => {
    const stats = api.stats.statsFor(store());
    assert.ok(stats);
    const m = stats.momentum;
    assert.deepEqual([m.stale, m.drop, m.lastCommitOn, m.recentCommitDays], [false, false, '2026-11-22', 3]);
    assert.deepEqual(m.weeks[m.weeks.length - 2], { start: '2026-11-16', count: 0, commitDays: 3 });
    assert.match(api.statusBar.item.text, /^\$\(milestone\) Design · day 55$/, 'no quiet marker');
    // A quiet spell never nudged before (the window may have nudged about the journal as it started), put
    // without letting the automatic check see it: with commits counted, no nudge.
    await config().update('nudge.afterDays', 0, vscode.ConfigurationTarget.Workspace);
    await putJournal(api, `${JOURNAL}\n## 2026-10-02 09:00 Note: one more\n`);
    await config().update('nudge.afterDays', undefined, vscode.ConfigurationTarget.Workspace);
    assert.deepEqual(await api.nudge.check(store()), { shown: false });
    // The same project when commits do not count: quiet, and nudged.
    await config().update('git.countCommits', false, vscode.ConfigurationTarget.Workspace);
    assert.equal(api.stats.statsFor(store())?.momentum.stale, true);
    const nudged = dismissUntilSettled(api.nudge.check(store()), 'notifications.clearAll');
    assert.deepEqual(await nudged, { shown: true, choice: undefined });
  });

  it('counts the deploy-1 tag as a deploy on the dashboard, with lead time from the real commits', async () => {
    await vscode.commands.executeCommand('sideProject.showDashboard');
    const html = api.dashboards.html(store()) ?? '';
    // deploy-1 is dated at its commit's time (Nov 21 10:00) and ships the first two commits: 25 h and 0.
    assert.match(
      html,
      /Deployment frequency<\/th><td>0.3 per week over the last 4 weeks · [0-9.]+ per week overall \(1 deploy\)/,
    );
    assert.match(html, /Lead time for changes<\/th><td>median 12 h 30 min over 2 commits<\/td>/);
    assert.match(html, /Change failure rate<\/th><td>0%: 0 of 1 deploy failed/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('get_status gives the delivery metrics with the git history, as the dashboard does', async () => {
    const result = await vscode.lm.invokeTool('sideProject_getStatus', { input: {}, toolInvocationToken: undefined });
    const text = result.content
      .map((part) => (part instanceof vscode.LanguageModelTextPart ? part.value : ''))
      .join('');
    const { delivery } = JSON.parse(text) as { delivery: Record<string, unknown> };
    assert.deepEqual(
      [delivery.deploys, delivery.leadTimeMinutes, delivery.leadTimeBand, delivery.changeFailureRate],
      [1, 750, 'high', 0],
    );
  });

  it('Log Deploy defaults its commit to HEAD, and the lead time takes in the commit it shipped', async () => {
    api.clock.set(at(2026, 11, 22, 12, 0));
    const before = readBytes();
    const result = await vscode.commands.executeCommand('sideProject.logDeploy', { title: 'v2' });
    assert.deepEqual(result, { written: true });
    const head = git(folder().uri.fsPath, ['rev-parse', 'HEAD']);
    assert.equal(head, commits[2].sha);
    assert.equal(
      readBytes().slice(before.length),
      `\n## 2026-11-22 12:00 Deploy: v2\n- Status: succeeded\n- Commit: ${head.slice(0, 12)}\n- Environment: production\n`,
    );
    // The third commit (11:00) went out at 12:00: lead times 25 h, 0 and 1 h, median 1 h.
    const delivery = api.stats.statsFor(store())?.delivery;
    assert.deepEqual([delivery?.deploys.length, delivery?.leadTimeCommits, delivery?.leadTimeMinutes], [2, 3, 60]);
    api.clock.set(at(2026, 11, 24, 10, 30));
  });

  it('proposes HEAD when Log Deploy asks, and Escape writes nothing', async () => {
    const before = readBytes();
    const talk = await converse(api, 'sideProject.logDeploy', [], (q) =>
      q.prompt === 'What went out?' ? { type: 'v3' } : q.prompt.startsWith('Commit') ? 'escape' : 'accept',
    );
    assert.deepEqual(talk.result, { written: false, message: 'cancelled' });
    assert.deepEqual(talk.asked, [
      'Log Deploy 1/4: What went out?',
      'Log Deploy 2/4: How did it go?',
      'Log Deploy 3/4: Commit (optional)',
    ]);
    assert.equal(talk.questions[1].value, 'succeeded');
    assert.equal(talk.questions[2].value, commits[2].sha.slice(0, 12));
    assert.equal(readBytes(), before);
  });

  describe('deploy tasks', () => {
    async function runTask(command: string): Promise<DeployOffer> {
      const offered = new Promise<DeployOffer>((resolve) => {
        const listener = api.deployTasks.onDidOffer((offer) => {
          listener.dispose();
          resolve(offer);
        });
      });
      const task = new vscode.Task({ type: 'shell' }, folder(), 'deploy', 'test', new vscode.ShellExecution(command));
      await vscode.tasks.executeTask(task);
      return offered;
    }

    it('a deploy task that succeeds offers Log Deploy; declining writes nothing, accepting logs HEAD', async () => {
      const before = readBytes();
      const offer = await runTask('true');
      assert.equal(offer.action, 'Log Deploy');
      assert.equal(offer.message, 'The task "deploy" finished. Log it as a deploy?');
      await vscode.commands.executeCommand('notifications.clearAll');
      assert.equal(await offer.answered, undefined);
      assert.equal(readBytes(), before, 'declined: nothing written');
      // What the button runs: Log Deploy with the task's name, the commit being HEAD.
      assert.deepEqual(await vscode.commands.executeCommand('sideProject.logDeploy', offer.args), { written: true });
      assert.match(
        readBytes().slice(before.length),
        new RegExp(`Deploy: deploy\\n.*\\n- Commit: ${commits[2].sha.slice(0, 12)}\\n`),
      );
    });

    it('a deploy task that fails offers Log Incident; declining writes nothing', async () => {
      const before = readBytes();
      const offer = await runTask('false');
      assert.equal(offer.action, 'Log Incident');
      assert.equal(offer.message, 'The task "deploy" failed with exit code 1. Log an incident?');
      assert.deepEqual(offer.args, { folder: folder().uri, title: 'deploy failed (exit code 1)' });
      await vscode.commands.executeCommand('notifications.clearAll');
      assert.equal(await offer.answered, undefined);
      assert.equal(readBytes(), before);
    });
  });
});
