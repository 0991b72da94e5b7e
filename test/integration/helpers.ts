// Shared steps of the integration tests: they run inside VS Code, write journals through real files, and
// read what the extension shows through its tree provider and status bar item.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../src/extension';
import type { LifecycleNode } from '../../src/vscode/phaseTreeProvider';

export const EXTENSION_ID = 'sideproject-journal.side-project-journal';

export async function extensionApi(): Promise<SideProjectApi> {
  const ext = vscode.extensions.getExtension<SideProjectApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} not found`);
  return ext.activate();
}

export function folder(index = 0): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.[index];
  assert.ok(f, `no workspace folder ${index}`);
  return f;
}

export function journalPath(index = 0): string {
  return path.join(folder(index).uri.fsPath, '.sideproject', 'journal.md');
}

export function readBytes(index = 0): string {
  return fs.readFileSync(journalPath(index), 'latin1');
}

export function readText(index = 0): string {
  return fs.readFileSync(journalPath(index), 'utf8');
}

/** Waits until `check` holds, polling; fails with `what` after `ms`. */
export async function eventually(what: string, check: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) assert.fail(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * Dismisses what `running` shows (a notification, a quick input) with `dismiss`, again every 100 ms until
 * `running` settles: on a slow machine the first dismissal may come before the workbench has drawn it.
 */
export async function dismissUntilSettled<T>(
  running: Thenable<T>,
  dismiss: 'notifications.clearAll' | 'workbench.action.closeQuickOpen',
  ms = 10_000,
): Promise<T> {
  let settled = false;
  const result = Promise.resolve(running).finally(() => (settled = true));
  const end = Date.now() + ms;
  while (!settled) {
    if (Date.now() > end) assert.fail(`still running ${ms} ms after the first ${dismiss}`);
    await vscode.commands.executeCommand(dismiss);
    await Promise.race([result.catch(() => undefined), new Promise((r) => setTimeout(r, 100))]);
  }
  return result;
}

/** Writes the journal on disk (as a hand edit or git would) and waits until the store has read it. */
export async function putJournal(api: SideProjectApi, text: string | undefined, index = 0): Promise<void> {
  const file = journalPath(index);
  if (text === undefined) fs.rmSync(file, { force: true });
  else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  const store = api.journals.all[index];
  // Setting up a test must not hang on the watcher's timing; the hand-edit tests are the ones that prove it.
  await store.refresh();
  await eventually('the store to read the new journal', () =>
    text === undefined ? store.current === undefined : store.current?.text === text,
  );
}

/** A tree node's item as plain values, for deepEqual. */
export interface ItemView {
  label: string;
  description: string | undefined;
  contextValue: string | undefined;
  collapsible: boolean;
}

export function view(api: SideProjectApi, node: LifecycleNode): ItemView {
  const item = api.tree.getTreeItem(node);
  const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
  return {
    label,
    description: typeof item.description === 'string' ? item.description : undefined,
    contextValue: item.contextValue,
    collapsible: item.collapsibleState !== vscode.TreeItemCollapsibleState.None,
  };
}

export async function children(api: SideProjectApi, node?: LifecycleNode): Promise<LifecycleNode[]> {
  return api.tree.getChildren(node);
}

export async function childViews(api: SideProjectApi, node?: LifecycleNode): Promise<ItemView[]> {
  return (await children(api, node)).map((n) => view(api, n));
}

/** A fixed local time: tests never read the clock. */
export function at(year: number, month: number, day: number, hour = 10, minute = 30): Date {
  return new Date(year, month - 1, day, hour, minute);
}

/**
 * Registers the hooks that give each test of a suite the same start (a journal, a pinned time) and put the
 * workspace back as it was afterwards: editors closed, the real clock, the suite's original journal.
 * Read `api` in the suite's own hooks and tests (it is set by the first `before`).
 */
export function journalSandbox(setup: { journal?: string; time?: Date } = {}): { readonly api: SideProjectApi } {
  const sandbox = {} as { api: SideProjectApi };
  let original: string | undefined;
  before(async () => {
    sandbox.api = await extensionApi();
    original = (await sandbox.api.journals.all[0].load())?.text;
  });
  beforeEach(async () => {
    if (setup.time) sandbox.api.clock.set(setup.time);
    if (setup.journal !== undefined) {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await putJournal(sandbox.api, setup.journal);
    }
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    sandbox.api.clock.set(undefined);
    await putJournal(sandbox.api, original);
  });
  return sandbox;
}
