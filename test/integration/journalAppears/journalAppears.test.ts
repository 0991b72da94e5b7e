// A folder without a journal, until one appears on the disk (a `git pull`, the command line): the Node host's
// start, which loaded only itself (src/start.node.ts), sees it and loads the extension, and the counter shows
// with nothing else asked of it. Nothing here reads the API before that, as reading it would load the bundle.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../../src/extension';
import { EXTENSION_ID, eventually, journalPath } from '../helpers';

const JOURNAL = '---\nproject: appeared\nstarted: 2026-11-02\n---\n\n# appeared\n\n## 2026-11-02 09:00 Phase: design\n';

describe('a journal that appears after the start', () => {
  it('loads the extension, and the counter shows, with no view opened and no command run', async () => {
    const ext = vscode.extensions.getExtension<SideProjectApi>(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} not found`);
    await eventually('the extension to activate by itself', () => ext.isActive, 15_000);
    assert.equal(ext.exports.startTimes, undefined, 'no journal yet: only the start is loaded');

    fs.mkdirSync(path.dirname(journalPath()), { recursive: true });
    fs.writeFileSync(journalPath(), JOURNAL);
    await eventually('the start to load the bundle', () => ext.exports.startTimes !== undefined, 10_000);
    const api = ext.exports;
    await eventually('the counter to show', () => api.statusBar.visible);
    assert.notEqual(api.statusBar.item.text, '');
    assert.equal(api.journals.all[0].current?.text, JOURNAL);
  });
});
