// Log Deploy in a folder that is no git repository: the argument object answers it, the questions take
// their defaults, Escape writes nothing, and the deploy shows in the tree.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../../src/extension';
import { at, childViews, children, journalSandbox, readBytes } from '../helpers';
import { converse } from '../questions';

const JOURNAL = '---\nproject: d\nstarted: 2026-11-01\n---\n\n## 2026-11-20 18:00 Launch: live\n';

describe('Log Deploy', () => {
  const sandbox = journalSandbox({ journal: JOURNAL, time: at(2026, 11, 24, 21, 40) });
  let api: SideProjectApi;
  before(() => (api = sandbox.api));

  it('appends exactly the deploy an argument object describes, and asks nothing', async () => {
    const talk = await converse(
      api,
      'sideProject.logDeploy',
      [{ title: 'v0.4', status: 'rolled-back', commit: '3f9c2a17b0de', environment: 'staging', body: 'By hand.' }],
      () => 'escape',
    );
    assert.deepEqual(talk.result, { written: true });
    assert.deepEqual(talk.asked, []);
    assert.equal(
      readBytes(),
      `${JOURNAL}\n## 2026-11-24 21:40 Deploy: v0.4\n- Status: rolled-back\n- Commit: 3f9c2a17b0de\n- Environment: staging\n\nBy hand.\n`,
    );
    const operate = (await children(api)).find((n) => n.type === 'phase' && n.phase === 'operate');
    assert.ok(operate);
    const [row] = await childViews(api, operate);
    assert.deepEqual([row.label, row.description, row.contextValue], ['v0.4', 'rolled-back · Nov 24', 'entry.deploy']);
  });

  it('asks what went out, how it went, the commit (none without git) and the environment', async () => {
    const talk = await converse(api, 'sideProject.logDeploy', [], (q) =>
      q.prompt === 'What went out?' ? { type: 'v0.5' } : q.title === "What's next?" ? 'escape' : 'accept',
    );
    assert.deepEqual(talk.result, { written: true });
    assert.deepEqual(talk.asked.slice(0, 4), [
      'Log Deploy 1/4: What went out?',
      'Log Deploy 2/4: How did it go?',
      'Log Deploy 3/4: Commit (optional)',
      'Log Deploy 4/4: Environment (optional)',
    ]);
    assert.deepEqual(
      talk.questions.slice(1, 4).map((q) => q.value),
      ['succeeded', '', 'production'],
    );
    assert.equal(
      readBytes(),
      `${JOURNAL}\n## 2026-11-24 21:40 Deploy: v0.5\n- Status: succeeded\n- Environment: production\n`,
    );
  });

  it('refuses a commit that is no hash, and Escape writes nothing', async () => {
    const before = readBytes();
    const refused = await vscode.commands.executeCommand('sideProject.logDeploy', { title: 'x', commit: 'main' });
    assert.deepEqual(refused, {
      written: false,
      message: 'Commit "main": Write a commit hash: 4 to 40 hex digits, for example 3f9c2a17b0de',
    });
    const talk = await converse(api, 'sideProject.logDeploy', [], () => 'escape');
    assert.deepEqual(talk.result, { written: false, message: 'cancelled' });
    assert.equal(readBytes(), before);
  });
});
