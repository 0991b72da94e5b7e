import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../../src/extension';
import { at, eventually, putJournal, journalSandbox } from '../helpers';

const charter = '---\nproject: uptime-bot\nstarted: 2026-11-02\nlaunch_target: 2026-12-02\n---\n\n';
const beforeLaunch = `${charter}## 2026-11-02 09:14 Phase: design\n\n## 2026-11-10 20:00 Phase: build\n`;
const afterLaunch = `${beforeLaunch}\n## 2026-11-20 18:00 Launch: live\n`;
const withIncident = `${afterLaunch}\n## 2026-11-23 02:10 Incident: disk full\n- Severity: SEV-2\n- Status: open\n`;

describe('the status bar counter', () => {
  const sandbox = journalSandbox();
  let api: SideProjectApi;
  before(() => (api = sandbox.api));

  afterEach(async () => {
    await vscode.workspace
      .getConfiguration('sideProject')
      .update('statusBar.enabled', undefined, vscode.ConfigurationTarget.Workspace);
  });

  const shows = async (text: string) =>
    eventually(
      `the status bar to read ${text} (it reads ${api.statusBar.item.text})`,
      () => api.statusBar.item.text === text,
    );

  it('before launch: the phase and its day, and the days left in the tooltip', async () => {
    api.clock.set(at(2026, 11, 14));
    await putJournal(api, beforeLaunch);
    await shows('$(milestone) Build · day 5');
    assert.match(String(api.statusBar.item.tooltip), /18 days left to the launch target \(Dec 2\)/);
    assert.equal(api.statusBar.item.command, 'sideProject.showDashboard');
    assert.equal(api.statusBar.item.name, 'Side Project: Days in Production');
  });

  it('before launch and past the target: overdue said plainly', async () => {
    api.clock.set(at(2026, 12, 5));
    await putJournal(api, `${beforeLaunch}\n## 2026-12-05 08:00 Note: almost\n`);
    await shows('$(milestone) Build · day 26');
    assert.match(String(api.statusBar.item.tooltip), /The launch target \(Dec 2\) passed 3 days ago/);
  });

  it('after launch: days in production, launch day being day 1', async () => {
    api.clock.set(at(2026, 11, 20, 19, 0));
    await putJournal(api, afterLaunch);
    await shows('$(rocket) 1 day in production');
    api.clock.set(at(2026, 11, 24));
    await shows('$(rocket) 5 days in production');
  });

  it('an open incident adds a count', async () => {
    api.clock.set(at(2026, 11, 24));
    await putJournal(api, withIncident);
    await shows('$(rocket) 5 days in production  $(flame) 1');
  });

  it('a quiet spell adds a quiet marker, and a pause takes it away', async () => {
    api.clock.set(at(2026, 12, 7));
    await putJournal(api, withIncident);
    await shows('$(rocket) 18 days in production  $(flame) 1  $(watch)');
    await putJournal(
      api,
      withIncident.replace('launch_target: 2026-12-02\n', 'launch_target: 2026-12-02\npaused_until: 2026-12-31\n'),
    );
    await shows('$(rocket) 18 days in production  $(flame) 1  $(debug-pause)');
  });

  it('rolls over at local midnight while the window stays open', async () => {
    api.clock.set(at(2026, 11, 24, 23, 59));
    await putJournal(api, afterLaunch);
    await shows('$(rocket) 5 days in production');
    api.clock.set(new Date(2026, 10, 25, 0, 0, 0));
    await shows('$(rocket) 6 days in production');
  });

  it('hides when the setting says so, and comes back', async () => {
    api.clock.set(at(2026, 11, 24));
    await putJournal(api, afterLaunch);
    await shows('$(rocket) 5 days in production');
    assert.equal(api.statusBar.visible, true);
    await vscode.workspace
      .getConfiguration('sideProject')
      .update('statusBar.enabled', false, vscode.ConfigurationTarget.Workspace);
    await eventually('the item to be hidden', () => !api.statusBar.visible);
    await vscode.workspace
      .getConfiguration('sideProject')
      .update('statusBar.enabled', true, vscode.ConfigurationTarget.Workspace);
    await eventually('the item to be back', () => api.statusBar.visible);
  });
});
