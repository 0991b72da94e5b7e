// VS Code with German as its display language (scripts/run-integration.mjs, suite `german`): the extension
// speaks German where a user reads it, while the journal keeps its English words and ISO dates.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../../src/extension';
import { at, childViews, EXTENSION_ID, eventually, journalSandbox, readBytes } from '../helpers';
import { converse } from '../questions';

const journal = [
  '---',
  'project: uptime-bot',
  'started: 2026-11-02',
  'launch_target: 2026-12-02',
  '---',
  '',
  '## 2026-11-02 09:14 Phase: design',
  '',
  '## 2026-11-10 20:00 Phase: build',
  '',
  '## 2026-11-12 21:00 Decision: Use SQLite over PostgreSQL',
  '- Status: accepted',
  '',
].join('\n');

describe('in German', () => {
  const sandbox = journalSandbox({ journal, time: at(2026, 11, 14) });
  let api: SideProjectApi;
  before(() => (api = sandbox.api));

  it('VS Code runs in German, and reads the command titles from package.nls.de.json', () => {
    assert.equal(vscode.env.language, 'de');
    const commands: { command: string; title: unknown }[] =
      vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.commands;
    const title = (id: string) => commands.find((c) => c.command === id)?.title;
    // The English original stays beside it: the command palette finds a command by either.
    assert.deepEqual(title('sideProject.logDecision'), { value: 'Entscheidung festhalten', original: 'Log Decision' });
    assert.deepEqual(title('sideProject.showDashboard'), { value: 'Dashboard anzeigen', original: 'Show Dashboard' });
  });

  it('draws the Lifecycle tree in German, days as German writes them, phases and statuses as the journal does', async () => {
    const rows = await childViews(api);
    const byLabel = (label: string) => rows.find((r) => r.label === label);
    assert.ok(byLabel('Noch kein Lernziel'), rows.map((r) => r.label).join(' | '));
    assert.equal(byLabel('Noch 18 Tage')?.description, 'Zieltermin 2. Dez.');
    assert.equal(byLabel('Build')?.description, 'Tag 5 · seit 10. Nov.');
    assert.equal(byLabel('Design')?.description, 'erledigt · 2. Nov. – 10. Nov. · 9 Tage');
  });

  it('puts the status bar in German', async () => {
    await eventually(`the status bar in German (it reads ${api.statusBar.item.text})`, () =>
      /Nächster|Noch 18 Tage bis zum Zieltermin/.test(String(api.statusBar.item.tooltip)),
    );
    assert.equal(api.statusBar.item.text, '$(milestone) Build · Tag 5');
  });

  it('draws the dashboard in German, for a German screen reader too', async () => {
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('sideProject.showDashboard');
    assert.equal(panel?.title, 'uptime-bot: Dashboard');
    const html = api.dashboards.html(api.journals.all[0]) ?? '';
    assert.match(html, /<html lang="de">/);
    assert.match(html, /<p class="headline">Phase Build, Tag 5<\/p>/);
    assert.match(html, /<h2 id="phases">Phasen<\/h2>/);
    assert.match(html, /Noch 18 Tage bis zum Zieltermin für den Livegang \(2\. Dez\.\)/);
  });

  it("asks in German, offering the journal's own words to pick, and Escape writes nothing", async () => {
    const before = readBytes();
    const { asked, questions } = await converse(api, 'sideProject.logIncident', [], (_q, i) =>
      i === 0 ? { type: 'Datenträger voll' } : 'escape',
    );
    assert.deepEqual(asked, ['Vorfall festhalten 1/3: Was ist kaputtgegangen?', 'Vorfall festhalten 2/3: Schweregrad']);
    assert.deepEqual(questions[1].items.slice(0, 1), ['SEV-1']);
    assert.equal(readBytes(), before);
  });

  it('writes English words and ISO dates into the journal all the same', async () => {
    const before = readBytes();
    await vscode.commands.executeCommand('sideProject.logNote', { text: 'Checker loop works' });
    const written = readBytes();
    assert.ok(written.startsWith(before));
    assert.match(written.slice(before.length), /^\n*## 2026-11-14 10:30 Note: Checker loop works\n$/);
  });

  it('shows the Lifecycle view, so the workbench draws its German name and title-bar commands', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.sideProject');
    await eventually('the Lifecycle view to be visible', () => api.lifecycleView.treeView.visible);
  });
});
