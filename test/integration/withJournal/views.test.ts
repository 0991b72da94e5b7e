import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../../src/extension';
import type { LifecycleNode } from '../../../src/vscode/phaseTreeProvider';
import { at, children, eventually, journalSandbox, putJournal } from '../helpers';

const fixture = fs.readFileSync(path.join(__dirname, '../../../../test/fixtures/journals/format-example.md'), 'utf8');
const withCharter = (lines: string) =>
  fixture.replace('launch_target: 2026-12-02\n', `launch_target: 2026-12-02\n${lines}`);

describe('the views: a logged entry revealed, the current phase open, a pause and the next step shown', () => {
  const sandbox = journalSandbox({ journal: fixture, time: at(2026, 11, 24, 10, 30) });
  let api: SideProjectApi;
  before(() => (api = sandbox.api));

  const selected = () => api.lifecycleView.treeView.selection[0] as LifecycleNode | undefined;
  const selectedTitle = () => {
    const node = selected();
    return node?.type === 'entry' ? node.entry.title : undefined;
  };

  it('after a log through the command, the tree selects the new entry', async () => {
    await vscode.commands.executeCommand('sideProject.lifecycle.focus');
    await eventually('the Lifecycle view to be visible', () => api.lifecycleView.treeView.visible);
    assert.deepEqual(
      await vscode.commands.executeCommand('sideProject.logNote', { text: 'Alerts go to a second mailbox' }),
      { written: true },
    );
    await eventually(
      `the note to be selected (selected: ${selectedTitle()})`,
      () => selectedTitle() === 'Alerts go to a second mailbox',
    );
    const node = selected();
    assert.ok(node?.type === 'entry');
    assert.equal(node.entry.line, api.journals.all[0].current?.journal.entries.at(-1)?.line, 'the entry just appended');
    assert.equal(api.tree.getParent(node)?.type, 'phase');
    // The next log moves the selection on: the view follows what was logged last.
    await vscode.commands.executeCommand('sideProject.logDecision', {
      title: 'Page by mail, not SMS',
      status: 'accepted',
    });
    await eventually(
      `the decision to be selected (selected: ${selectedTitle()})`,
      () => selectedTitle() === 'Page by mail, not SMS',
    );
  });

  it('a log made while the view is hidden is revealed when the view is shown', async () => {
    await vscode.commands.executeCommand('workbench.view.explorer');
    await eventually('the Lifecycle view to be hidden', () => !api.lifecycleView.treeView.visible);
    await vscode.commands.executeCommand('sideProject.logNote', { text: 'Logged from the explorer' });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(api.lifecycleView.treeView.visible, false, 'logging did not open the view');
    await vscode.commands.executeCommand('sideProject.lifecycle.focus');
    await eventually(
      `the note to be selected (selected: ${selectedTitle()})`,
      () => selectedTitle() === 'Logged from the explorer',
    );
  });

  it('the current phase is expanded and the others folded; a phase that becomes current is a new item', async () => {
    const phaseItems = async () =>
      Object.fromEntries(
        (await children(api))
          .filter((n) => n.type === 'phase')
          .map((n) => [n.type === 'phase' ? n.phase : '', api.tree.getTreeItem(n)]),
      );
    const { Expanded, Collapsed, None } = vscode.TreeItemCollapsibleState;
    const before = await phaseItems();
    assert.deepEqual(
      [before.design.collapsibleState, before.build.collapsibleState, before.operate.collapsibleState],
      [Collapsed, None, Expanded],
    );
    await vscode.commands.executeCommand('sideProject.setPhase', { phase: 'maintain' });
    const after = await phaseItems();
    assert.deepEqual([after.operate.collapsibleState, after.maintain.collapsibleState], [Collapsed, Expanded]);
    // The view remembers what was expanded by id: new ids make both follow their new state.
    assert.notEqual(after.operate.id, before.operate.id);
    assert.notEqual(after.maintain.id, before.maintain.id);
    assert.equal(
      after.design.id,
      before.design.id,
      'a phase whose state stayed keeps its id, and what the user did with it',
    );
  });

  it('a paused project says so in the status bar, its tooltip and the tree', async () => {
    await putJournal(api, withCharter('paused_until: 2026-12-14\n'));
    await eventually(
      `the pause in the status bar (it reads ${api.statusBar.item.text})`,
      () => api.statusBar.item.text === '$(rocket) 5 days in production  $(debug-pause)',
    );
    assert.match(String(api.statusBar.item.tooltip), /\nPaused until Dec 14: no nudges until then\n/);
    assert.match(api.statusBar.item.accessibilityInformation?.label ?? '', /paused until dec 14/);
    const momentum = (await children(api)).find((n) => n.type === 'glance' && n.row.key === 'momentum');
    assert.ok(momentum);
    const item = api.tree.getTreeItem(momentum);
    assert.deepEqual(
      [item.label, item.description, (item.iconPath as vscode.ThemeIcon).id],
      ['Paused until Dec 14', 'last entry Nov 22', 'debug-pause'],
    );
  });

  it('the next step: the first row of the tree (a click sets it), in the counter tooltip, and on the dashboard, escaped', async () => {
    await putJournal(api, withCharter('next_step: "Rehearse a <restore> & time it"\n'));
    const [first] = await children(api);
    const item = api.tree.getTreeItem(first);
    assert.equal(item.label, 'Next: Rehearse a <restore> & time it');
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'arrow-right');
    assert.equal(item.command?.command, 'sideProject.setNextStep');
    assert.equal(
      (item.command?.arguments?.[0] as { folder: vscode.Uri }).folder.toString(),
      api.journals.all[0].folder.uri.toString(),
    );
    await eventually('the next step in the tooltip', () =>
      String(api.statusBar.item.tooltip).split('\n').includes('Next: Rehearse a <restore> & time it'),
    );
    await vscode.commands.executeCommand('sideProject.showDashboard');
    const html = api.dashboards.html(api.journals.all[0]) ?? '';
    assert.ok(
      html.includes('<span class="muted">Next:</span> Rehearse a &lt;restore&gt; &amp; time it</p>'),
      'the next step, escaped',
    );
    assert.ok(!html.includes('<restore>'));
  });

  it('the walkthrough steps follow the journal: all done for the example, only the first for a new one', async () => {
    await eventually(`every step up to a resolved incident done (${JSON.stringify(api.walkthrough.progress)})`, () =>
      Boolean(api.walkthrough.progress?.incidentResolved),
    );
    assert.deepEqual(api.walkthrough.progress, {
      started: true,
      building: true,
      decided: true,
      launched: true,
      incidentResolved: true,
      deployed: false,
      postmortem: false,
    });
    // The operate phase's steps: a deploy, and an incident with a postmortem's action items.
    const operated = `${api.journals.all[0].current?.text ?? ''}\n## 2026-11-24 09:00 Deploy: v1\n\n## 2026-11-24 09:30 Incident: x\n- Status: resolved\n\n### Action items\n- [ ] y\n`;
    await putJournal(api, operated);
    await eventually(`every step done (${JSON.stringify(api.walkthrough.progress)})`, () =>
      Object.values(api.walkthrough.progress ?? {}).every(Boolean),
    );
    await putJournal(api, '---\nproject: fresh\nstarted: 2026-11-24\n---\n\n## 2026-11-24 09:00 Phase: design\n');
    await eventually(
      `only the first step done (${JSON.stringify(api.walkthrough.progress)})`,
      () => api.walkthrough.progress?.started === true && api.walkthrough.progress.decided === false,
    );
    assert.deepEqual(api.walkthrough.progress, {
      started: true,
      building: false,
      decided: false,
      launched: false,
      incidentResolved: false,
      deployed: false,
      postmortem: false,
    });
  });
});
