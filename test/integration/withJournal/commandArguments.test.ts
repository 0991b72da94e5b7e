// Argument objects the commands refuse: each with one sentence naming the command, before anything is asked or
// written. Keybindings, tasks and other extensions call commands with objects VS Code never checks.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../../src/extension';
import type { ShownQuestion } from '../../../src/vscode/multiStepInput';
import { at, journalSandbox, readBytes } from '../helpers';

const fixture = fs.readFileSync(path.join(__dirname, '../../../../test/fixtures/journals/format-example.md'), 'utf8');

describe('argument objects a command refuses', () => {
  const sandbox = journalSandbox({ journal: fixture, time: at(2026, 11, 24, 10, 30) });
  let api: SideProjectApi;
  before(() => (api = sandbox.api));

  const refused = (id: string, why: string) => ({
    written: false,
    message: `The argument of ${id} was refused: ${why}.`,
  });

  const cases: [string, unknown, string][] = [
    [
      'sideProject.logDecision',
      { title: 'Use SQLite', status: 'bogus' },
      '`status` must be one of proposed, accepted, rejected, deprecated',
    ],
    ['sideProject.logNote', { text: 42 }, '`text` must be a string'],
    [
      'sideProject.logIncident',
      { title: 'Disk full', mood: 'bad' },
      'it takes no `mood`; its keys are `folder`, `title`, `severity`, `detected`, `body`',
    ],
    [
      'sideProject.resolveIncident',
      { line: '7', rootCause: 'x', fix: 'y' },
      '`line` must be a line number (0 or more)',
    ],
    ['sideProject.startJournal', { open: 'yes' }, '`open` must be true or false'],
    ['sideProject.setPhase', 'operate', 'it takes an object of named answers'],
    ['sideProject.showDashboard', { folder: 42 }, '`folder` must be a folder path or URI'],
  ];

  for (const [id, arg, why] of cases) {
    it(`${id} refuses ${JSON.stringify(arg)}: nothing asked, nothing written`, async () => {
      const before = readBytes();
      const asked: ShownQuestion[] = [];
      const listening = api.onDidShowQuestion((q) => asked.push(q));
      try {
        assert.deepEqual(await vscode.commands.executeCommand(id, arg), refused(id, why));
      } finally {
        listening.dispose();
      }
      assert.deepEqual(asked, []);
      assert.equal(readBytes(), before);
    });
  }

  it('still runs a valid argument object of the same command', async () => {
    const before = readBytes();
    const result = await vscode.commands.executeCommand('sideProject.logNote', { text: 'Checker runs every minute' });
    assert.deepEqual(result, { written: true });
    assert.equal(readBytes(), `${before}\n## 2026-11-24 10:30 Note: Checker runs every minute\n`);
  });
});
