import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../../src/extension';

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

  it("started through V8's code cache loader, which found no cache in this new profile", async () => {
    const api = await vscode.extensions.getExtension<SideProjectApi>(EXTENSION_ID)?.activate();
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { main: string };
    assert.equal(manifest.main, './dist/start.js');
    assert.equal(api?.compileCache, 'missing');
  });
});
