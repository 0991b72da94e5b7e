// The extension in the web worker extension host (vscode.dev, github.dev): no Node, the folder reached through
// `workspace.fs` only. The tree, the status bar, a command's exact bytes, a hand edit and the dashboard, as in
// the Node host's suites; what needs Node is absent without an error.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../src/extension';

const EXTENSION_ID = 'sideproject-journal.side-project-journal';
const decoder = new TextDecoder();
const encoder = new TextEncoder();

async function eventually(what: string, check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) assert.fail(`timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('in the web worker extension host', () => {
  let api: SideProjectApi;
  let journal: vscode.Uri;
  let original: Uint8Array;
  const read = async () => decoder.decode(await vscode.workspace.fs.readFile(journal));

  before(async () => {
    const extension = vscode.extensions.getExtension<SideProjectApi>(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} not found`);
    api = await extension.activate();
    journal = api.journals.all[0].uri;
    original = await vscode.workspace.fs.readFile(journal);
    api.clock.set(new Date(2026, 10, 24, 10, 30));
    await api.journals.all[0].load();
  });

  after(async () => {
    await vscode.workspace.fs.writeFile(journal, original);
    api.clock.set(undefined);
  });

  it('runs where there is no Node: no `process`, and the folder is not on a local disk', () => {
    assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined');
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    assert.notEqual(journal.scheme, 'file');
    assert.equal(api.compileCache, undefined, 'started from `browser`, not through the Node start');
  });

  it('shows the tree and the status bar counter', async () => {
    const roots = await api.tree.getChildren();
    const labels = roots.map((node) => {
      const label = api.tree.getTreeItem(node).label;
      return typeof label === 'string' ? label : label?.label;
    });
    for (const phase of ['Design', 'Build', 'Deploy', 'Operate', 'Maintain']) {
      assert.ok(labels.includes(phase), `the tree shows ${phase}: ${labels.join(', ')}`);
    }
    const counter = '$(rocket) 5 days in production';
    await eventually(`the counter (it reads ${api.statusBar.item.text})`, () => api.statusBar.item.text === counter);
    // The charter is read too: gray-matter and js-yaml work without Node's Buffer.
    assert.equal(api.journals.all[0].current?.journal.charter.project, 'uptime-bot');
    assert.deepEqual(api.journals.all[0].current?.journal.diagnostics, []);
  });

  it('appends exactly the entry a command writes, through workspace.fs', async () => {
    const before = await read();
    const result = await vscode.commands.executeCommand('sideProject.logNote', { text: 'Runs in the browser' });
    assert.deepEqual(result, { written: true });
    assert.equal(await read(), `${before}\n## 2026-11-24 10:30 Note: Runs in the browser\n`);
  });

  it('follows a hand edit of the file', async () => {
    const edited = `${await read()}\n## 2026-11-24 11:00 Note: Typed by hand\n`;
    await vscode.workspace.fs.writeFile(journal, encoder.encode(edited));
    const store = api.journals.all[0];
    await store.refresh();
    await eventually('the store to read the edit', () => store.current?.text === edited);
    assert.equal(store.current?.journal.entries.at(-1)?.title, 'Typed by hand');
  });

  it('opens the dashboard with the journal in it', async () => {
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('sideProject.showDashboard');
    assert.ok(panel, 'a dashboard panel');
    assert.match(panel.webview.html, /<h1>uptime-bot<\/h1>/);
    panel.dispose();
  });

  it('leaves out what needs Node without an error: the MCP server configuration', async () => {
    assert.equal(await vscode.commands.executeCommand('sideProject.copyMcpConfiguration'), undefined);
  });
});
