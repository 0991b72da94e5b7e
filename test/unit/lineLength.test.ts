import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const root = path.join(__dirname, '../../..');

describe('line length in src (lint)', function () {
  this.timeout(60_000);
  const eslint = new ESLint({ cwd: root });
  const lint = async (code: string, file: string) =>
    (await eslint.lintText(code, { filePath: path.join(root, file) }))[0].messages.map((m) => m.ruleId);
  const line = (length: number) => `export const x = '${'a'.repeat(length - 20)}';\n`;

  it('fails on a line of 121 characters in src/, a string or a comment too', async () => {
    assert.equal(line(121).length, 122);
    assert.deepEqual(await lint(line(121), 'src/core/probe.ts'), ['max-len']);
    assert.deepEqual(await lint(`// ${'b'.repeat(118)}\nexport const x = 1;\n`, 'src/vscode/probe.ts'), ['max-len']);
  });

  it('passes a line of 120 characters', async () => {
    assert.deepEqual(await lint(line(120), 'src/core/probe.ts'), []);
  });
});
