import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../../src/extension';
import { at, extensionApi, putJournal } from '../helpers';

describe('the dashboard', () => {
  let api: SideProjectApi;
  let original: string | undefined;

  before(async () => {
    api = await extensionApi();
    original = (await api.journals.all[0].load())?.text;
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    api.clock.set(undefined);
    await putJournal(api, original);
  });

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
