import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const root = path.join(__dirname, '../../..');

describe('the core boundary (lint)', function () {
  this.timeout(60_000);
  const eslint = new ESLint({ cwd: root });
  const lint = async (code: string, file: string) =>
    (await eslint.lintText(code, { filePath: path.join(root, file) }))[0].messages.map((m) => m.ruleId);

  for (const [what, code] of [
    ['vscode', "import * as vscode from 'vscode';\nexport const x = vscode;\n"],
    ['fs', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n"],
    ['node:fs/promises', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n"],
  ]) {
    it(`fails lint when src/core imports ${what}`, async () => {
      assert.deepEqual(await lint(code, 'src/core/probe.ts'), ['no-restricted-imports']);
    });
  }

  it('allows the same import outside src/core', async () => {
    assert.deepEqual(
      await lint("import * as vscode from 'vscode';\nexport const x = vscode;\n", 'src/vscode/probe.ts'),
      [],
    );
  });
});
