import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../../src/extension';
import { EXTENSION_ID, eventually } from '../helpers';

describe('a journal kept where sideProject.journalPath says', () => {
  it('activates the extension by itself and shows the counter, with no view opened', async () => {
    const ext = vscode.extensions.getExtension<SideProjectApi>(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} not found`);
    // Never ext.activate(): that would activate it whatever the manifest says. The workspace has no
    // .sideproject/journal.md, so only an activation event that does not depend on the path can start it.
    await eventually('the extension to activate by itself', () => ext.isActive, 15_000);
    // Read before anything else of the API, which would load the bundle: the start loaded it by itself, as it
    // found the journal where the setting says.
    assert.notEqual(ext.exports.startTimes, undefined);
    const api = ext.exports;
    await eventually(`the counter to show (it reads "${api.statusBar.item.text}")`, () => api.statusBar.visible);
    assert.notEqual(api.statusBar.item.text, '');
    assert.equal(api.journals.all[0].uri.path.endsWith('/docs/journal.md'), true);
  });
});
