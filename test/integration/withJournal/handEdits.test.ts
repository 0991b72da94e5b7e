import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../../src/extension';
import { at, childViews, eventually, journalPath, journalSandbox } from '../helpers';

const journal =
  '---\nproject: uptime-bot\nstarted: 2026-11-02\n---\n\n## 2026-11-02 09:14 Phase: design\n\n## 2026-11-03 21:05 Decision: Use PostgreSQL\n- Status: accepted\n';

describe('hand edits', () => {
  const sandbox = journalSandbox({ journal, time: at(2026, 11, 24) });
  let api: SideProjectApi;
  before(() => (api = sandbox.api));

  const designEntries = async () => {
    const top = await api.tree.getChildren();
    const design = top.find((n) => n.type === 'phase' && n.phase === 'design');
    return design ? (await childViews(api, design)).map((v) => v.label) : [];
  };

  it('a change on disk (git checkout, another editor) shows in the tree within a second', async () => {
    const started = Date.now();
    fs.appendFileSync(journalPath(), '\n## 2026-11-04 10:00 Note: written by hand\n');
    await eventually(
      'the tree to show the hand-written note',
      async () => (await designEntries())[0] === 'written by hand',
      1000,
    );
    assert.ok(Date.now() - started <= 1000);
  });

  it('an edit saved in the editor shows in the tree', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(journalPath()));
    const editor = await vscode.window.showTextDocument(doc);
    // VS Code may still hold this document from an earlier test, with the same text read before the sandbox
    // wrote the file again: saving over that newer file would be refused as a conflict. Reverting reads the
    // file as it is on disk now.
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await eventually('the editor to have the file as it is on disk', () => doc.getText() === journal);
    assert.ok(
      await editor.edit((b) =>
        b.insert(doc.positionAt(doc.getText().length), '\n## 2026-11-05 10:00 Decision: Use Redis for queues\n'),
      ),
    );
    assert.equal(await doc.save(), true);
    await eventually(
      'the tree to show the saved decision',
      async () => (await designEntries())[0] === 'Use Redis for queues',
      1000,
    );
  });

  it('malformed entries appear in the Problems panel at their line, and vanish when fixed', async () => {
    const uri = vscode.Uri.file(journalPath());
    fs.writeFileSync(
      journalPath(),
      `${journal}\n## 2026-02-30 Note: no such day\n\n## 2026-11-06 Incident: x\n- Severity: high\n`,
    );
    await eventually('two problems', () => vscode.languages.getDiagnostics(uri).length === 2, 1000);
    const problems = vscode.languages.getDiagnostics(uri).map((d) => [d.range.start.line, d.severity, d.source]);
    assert.deepEqual(problems, [
      [10, vscode.DiagnosticSeverity.Error, 'Side Project'],
      [13, vscode.DiagnosticSeverity.Warning, 'Side Project'],
    ]);
    fs.writeFileSync(
      journalPath(),
      `${journal}\n## 2026-11-05 Note: a real day\n\n## 2026-11-06 Incident: x\n- Severity: SEV-2\n`,
    );
    await eventually('no problems', () => vscode.languages.getDiagnostics(uri).length === 0, 1000);
  });

  it('a journal deleted by hand takes the tree back to the welcome state, and one created by hand brings it back', async () => {
    fs.rmSync(journalPath());
    await eventually('the tree to empty', async () => (await api.tree.getChildren()).length === 0, 1000);
    fs.writeFileSync(journalPath(), journal);
    await eventually('the tree to come back', async () => (await api.tree.getChildren()).length > 0, 1000);
  });
});
