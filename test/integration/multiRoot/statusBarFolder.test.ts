import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { at, eventually, extensionApi, journalPath, putJournal } from '../helpers';

const beta =
  '---\nproject: beta\nstarted: 2026-11-10\n---\n\n## 2026-11-10 09:00 Phase: design\n\n## 2026-11-20 09:00 Phase: build\n';

describe('the counter in a multi-root workspace', () => {
  afterEach(async () => {
    const api = await extensionApi();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await putJournal(api, undefined, 1);
    api.clock.set(undefined);
  });

  it("speaks for the focused dashboard's folder, and keeps it while nothing names a folder", async () => {
    const api = await extensionApi();
    api.clock.set(at(2026, 11, 24));
    await putJournal(api, beta, 1);
    const speaksFor = (project: string) =>
      eventually(
        `the counter to speak for ${project} (it reads ${api.statusBar.item.text}, ${String(api.statusBar.item.tooltip).split('\n')[0]})`,
        () => String(api.statusBar.item.tooltip).startsWith(`Side Project: ${project}\n`),
      );
    await vscode.window.showTextDocument(vscode.Uri.file(journalPath(0)));
    await speaksFor('alpha');
    assert.match(api.statusBar.item.text, /days in production/);

    // The dashboard of beta takes the focus: no text editor is active, and the counter follows the panel.
    await vscode.commands.executeCommand('sideProject.showDashboard', { folder: api.journals.all[1].folder.uri });
    await eventually('the dashboard to be the active editor', () => vscode.window.activeTextEditor === undefined);
    await speaksFor('beta');
    assert.equal(api.statusBar.item.text, '$(milestone) Build · day 5');

    // Nothing open at all: still beta, the folder it last spoke for, not the first folder.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await new Promise((r) => setTimeout(r, 300));
    await speaksFor('beta');

    await vscode.window.showTextDocument(vscode.Uri.file(journalPath(0)));
    await speaksFor('alpha');
  });
});
