import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../../src/extension';
import { at, putJournal, journalSandbox } from '../helpers';

describe('the dashboard', () => {
  const sandbox = journalSandbox();
  let api: SideProjectApi;
  before(() => (api = sandbox.api));

  it('opens one panel per journal, reused, and redraws when the journal changes', async () => {
    api.clock.set(at(2026, 11, 24));
    const store = api.journals.all[0];
    await putJournal(api, '---\nproject: "<b>bold</b>"\n---\n## 2026-11-20 Launch: live\n');
    const first = await vscode.commands.executeCommand<vscode.WebviewPanel>('sideProject.showDashboard');
    const second = await vscode.commands.executeCommand<vscode.WebviewPanel>('sideProject.showDashboard');
    assert.ok(first);
    assert.equal(first, second);
    assert.equal(first.title, '<b>bold</b>: Dashboard');
    const html = api.dashboards.html(store) ?? '';
    assert.ok(html.includes('&lt;b&gt;bold&lt;/b&gt;') && !html.includes('<b>bold'), 'the project name is escaped');
    assert.match(html, /5 days in production/);
    await putJournal(api, '---\nproject: renamed\n---\n## 2026-11-20 Launch: live\n');
    assert.match(api.dashboards.html(store) ?? '', /<h1>renamed<\/h1>/);
  });
});
