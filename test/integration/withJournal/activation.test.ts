import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'sideproject-journal.side-project-journal';

describe('extension', () => {
  it('is installed in development mode and activates', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} not found`);
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  it('contributes every command of the UX contract', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of ['sideProject.startJournal', 'sideProject.logDecision', 'sideProject.logIncident']) {
      assert.ok(all.includes(id), `${id} is not registered`);
    }
  });
});
