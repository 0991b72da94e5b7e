import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const root = path.join(__dirname, '../../..');
const ENUM_FILE = 'src/vscode/commands/commandIds.ts';

describe('command ids (lint)', function () {
  this.timeout(60_000);
  const eslint = new ESLint({ cwd: root });
  const lint = async (code: string, file: string) =>
    (await eslint.lintText(code, { filePath: path.join(root, file) }))[0].messages.map((m) => m.ruleId);

  it('fails lint on a command id written as a string outside the CommandId enum', async () => {
    const probe = "export const a = 'sideProject.logNote';\nexport const b = `sideProject.showDashboard`;\n";
    assert.deepEqual(await lint(probe, 'src/vscode/probe.ts'), ['no-restricted-syntax', 'no-restricted-syntax']);
  });

  it('passes setting keys, context keys and view ids, which share the prefix but are not commands', async () => {
    const probe = [
      "export const setting = 'sideProject.journalPath';",
      "export const context = 'sideProject.hasJournal';",
      "export const view = 'sideProject.lifecycle';",
      "export const longer = 'sideProject.logNoteLater';",
      '',
    ].join('\n');
    assert.deepEqual(await lint(probe, 'src/vscode/probe.ts'), []);
  });

  it('passes the enum file, which is where the ids are written', async () => {
    assert.deepEqual(await lint(fs.readFileSync(path.join(root, ENUM_FILE), 'utf8'), ENUM_FILE), []);
  });
});
