import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TOOLS, vscodeInputSchema } from '../../src/core';
import { resolvedManifest } from './resolvedManifest';

const manifest = resolvedManifest();

describe("the manifest's language-model tools", () => {
  it("are the catalog's, with its descriptions and schemas (plus the folder key)", () => {
    const declared = manifest.contributes.languageModelTools as {
      name: string;
      modelDescription: string;
      inputSchema: object;
      displayName: string;
    }[];
    assert.deepEqual(
      declared.map((t) => t.name),
      TOOLS.map((t) => t.name),
    );
    for (const t of TOOLS) {
      const entry = declared.find((d) => d.name === t.name)!;
      assert.equal(entry.modelDescription, t.description);
      assert.equal(entry.displayName, t.title);
      assert.deepEqual(entry.inputSchema, JSON.parse(JSON.stringify(vscodeInputSchema(t))));
    }
  });

  it('ship a command-line tool in the package', () => {
    assert.deepEqual(manifest.bin, { 'side-project': './dist/cli.js' });
    const ignore = fs.readFileSync(path.join(__dirname, '../../../.vscodeignore'), 'utf8');
    assert.match(ignore, /^!dist\/cli\.js$/m);
  });
});
