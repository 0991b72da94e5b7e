// What the shipped bundle does when the extension host loads it, read from a production build made in
// memory with the project's own options (scripts/bundleOptions.mjs). Every start pays for it.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as esbuild from 'esbuild';

const root = path.join(__dirname, '../../..');

type BundleOptionsModule = { bundleOptions(o: { production: boolean }): esbuild.BuildOptions };

describe('the bundle', function () {
  this.timeout(60_000);
  let code = '';

  before(async () => {
    const { build } = await import('esbuild');
    const { bundleOptions } = (await import(
      pathToFileURL(path.join(root, 'scripts', 'bundleOptions.mjs')).href
    )) as BundleOptionsModule;
    const result = await build({ ...bundleOptions({ production: true }), write: false });
    const output = result.outputFiles?.find((file) => file.path.endsWith('extension.js'));
    assert.ok(output, 'the build wrote dist/extension.js');
    code = output.text;
  });

  it('requires vscode once, so the host API object is copied once and not once per module', () => {
    const requires = code.match(/require\("vscode"\)/g) ?? [];
    assert.equal(requires.length, 1, `require("vscode") ${requires.length} times`);
    // The bundle does use the API from many modules: the one namespace is shared, not lost.
    for (const name of [
      'window.createTreeView',
      'commands.registerCommand',
      'window.createStatusBarItem',
      'window.createWebviewPanel',
    ]) {
      assert.ok(code.includes(name), `the bundle uses vscode.${name}`);
    }
  });

  it("carries none of js-yaml's JavaScript types, so nothing looks for esprima and no journal can build code", () => {
    assert.ok(code.length > 50_000, `a real bundle (${code.length} bytes)`);
    assert.ok(!code.includes('esprima'), 'no esprima lookup');
    assert.ok(!code.includes('tag:yaml.org,2002:js/function'), 'no !!js/function type');
    assert.ok(!code.includes('tag:yaml.org,2002:js/regexp'), 'no !!js/regexp type');
    assert.ok(code.includes('tag:yaml.org,2002:timestamp'), "the safe schema's types are there");
  });
});
