// The extension in the web worker extension host (vscode.dev, github.dev): no Node, the folder reached through
// `workspace.fs` only. The tree, the status bar, a command's exact bytes, a hand edit, the dashboard and the
// language-model tools, as in the Node host's suites; what needs Node is absent without an error. What no start
// needs (the commands' handlers, the dashboard's page, the tool catalog) is fetched at its first use.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../src/extension';

const EXTENSION_ID = 'sideproject-journal.side-project-journal';
const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** The requests this host has made for the on-demand bundle (the extension's tests run in the same worker). */
function onDemandFetches(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => decodeURIComponent(entry.name))
    .filter((name) => name.includes('/dist/web/on-demand.js'));
}

async function invokeTool(name: string, input: object): Promise<unknown> {
  const result = await vscode.lm.invokeTool(name, { input, toolInvocationToken: undefined });
  const text = result.content.map((part) => (part instanceof vscode.LanguageModelTextPart ? part.value : '')).join('');
  return JSON.parse(text);
}

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

  it('has fetched nothing of what no start needs, once started and showing the journal', () => {
    assert.deepEqual(onDemandFetches(), []);
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

  it("answers and writes through the language-model tools, with the catalog's exact entry", async () => {
    const found = (await invokeTool('sideProject_findEntries', { words: 'disk', kind: 'incident' })) as {
      total: number;
      entries: { title: string; status: string }[];
    };
    assert.equal(found.total, 1);
    assert.deepEqual([found.entries[0].title, found.entries[0].status], ['Database disk full', 'resolved']);
    const before = await read();
    const entry = { date: '2026-11-24', time: '10:30', kind: 'note', title: 'Logged by an agent' };
    assert.deepEqual(await invokeTool('sideProject_logNote', { title: entry.title }), {
      written: true,
      // Its heading's line, counted from 1: after the file's lines and the blank line that parts entries.
      entry: { ...entry, line: before.split('\n').length + 1, folder: api.journals.all[0].folder.name },
    });
    assert.equal(await read(), `${before}\n## 2026-11-24 10:30 Note: Logged by an agent\n`);
  });

  it('leaves out what needs Node without an error: the MCP server configuration', async () => {
    assert.equal(await vscode.commands.executeCommand('sideProject.copyMcpConfiguration'), undefined);
  });

  it('fetched dist/web/on-demand.js once, at the first command, for the commands, the dashboard and the tools', () => {
    assert.equal(onDemandFetches().length, 1, onDemandFetches().join('\n'));
  });
});
