import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { extensionApi, folder } from '../helpers';

describe('the editor features of a journal kept where sideProject.journalPath says', () => {
  it('answer for docs/journal.md, the journal there, and not for the default path', async () => {
    const api = await extensionApi();
    const journal = vscode.Uri.joinPath(folder().uri, 'docs', 'journal.md');
    await api.journals.all[0].load();
    await vscode.workspace.openTextDocument(journal);
    const lenses = (
      await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', journal)
    ).map((l) => `${l.range.start.line} ${l.command?.title}`);
    assert.deepEqual(lenses, ['0 Show Dashboard', '15 Change Status']);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      journal,
    );
    assert.deepEqual(
      symbols.filter((s) => s.kind !== vscode.SymbolKind.String).map((s) => s.name),
      ['Charter', 'Design', 'Operate'],
    );
    // The same text at the default path is no journal here.
    const elsewhere = vscode.Uri.joinPath(folder().uri, '.sideproject', 'journal.md');
    fs.mkdirSync(vscode.Uri.joinPath(elsewhere, '..').fsPath, { recursive: true });
    fs.copyFileSync(journal.fsPath, elsewhere.fsPath);
    try {
      await vscode.workspace.openTextDocument(elsewhere);
      assert.deepEqual(await vscode.commands.executeCommand('vscode.executeCodeLensProvider', elsewhere), []);
    } finally {
      fs.rmSync(vscode.Uri.joinPath(elsewhere, '..').fsPath, { recursive: true, force: true });
    }
  });
});
