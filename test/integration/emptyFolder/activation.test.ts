// The Node host's start in a folder without a journal (src/start.node.ts): it registers what VS Code may ask
// for and loads nothing else, until the first thing asked of it. These tests run first in this window (files
// run in name order): every other test here reads the extension's API, which loads its bundle.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../../src/extension';
import { EXTENSION_ID, dismissUntilSettled, eventually, journalPath } from '../helpers';

interface Manifest {
  contributes: { commands: { command: string }[]; languageModelTools: { name: string }[] };
}

describe('the start in a folder without a journal', () => {
  const ext = () => {
    const found = vscode.extensions.getExtension<SideProjectApi>(EXTENSION_ID);
    assert.ok(found, `extension ${EXTENSION_ID} not found`);
    return found;
  };

  it('activates by itself and loads only the start, with every command and tool registered', async () => {
    await eventually('the extension to activate by itself', () => ext().isActive, 15_000);
    // startTimes is the start's own: reading it loads nothing, and it stays unset until the bundle is loaded.
    assert.equal(ext().exports.startTimes, undefined);
    const manifest = ext().packageJSON as Manifest;
    const commands = await vscode.commands.getCommands(true);
    for (const { command } of manifest.contributes.commands) assert.ok(commands.includes(command), command);
    const tools = vscode.lm.tools.map((tool) => tool.name);
    for (const { name } of manifest.contributes.languageModelTools) assert.ok(tools.includes(name), name);
    assert.equal(ext().exports.startTimes, undefined, 'asking VS Code what is registered loads nothing');
  });

  it('loads the bundle at the first command, which then runs as it always does', async () => {
    const running = vscode.commands.executeCommand('sideProject.logNote', { text: 'first' });
    assert.deepEqual(await dismissUntilSettled(running, 'notifications.clearAll'), {
      written: false,
      message: 'cancelled',
    });
    const startTimes = ext().exports.startTimes;
    assert.ok(startTimes && startTimes.bundleMs > 0, 'the command loaded the bundle');
    assert.equal(fs.existsSync(journalPath()), false);
    // The API now answers with the extension's own parts, as it did before any of this.
    assert.equal(ext().exports.journals.all.length, 1);
  });
});
