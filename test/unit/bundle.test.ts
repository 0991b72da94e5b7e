// What the shipped bundle does when the extension host loads it, read from a production build made in
// memory with the project's own options (scripts/bundleOptions.mjs). Every start pays for it.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as esbuild from 'esbuild';

const root = path.join(__dirname, '../../..');

type Options = (o: { production: boolean }) => esbuild.BuildOptions;
type Share = { format: 'esm' | 'cjs'; names: string[] };
type NodeBundles = {
  extension: esbuild.BuildResult;
  onDemand: esbuild.BuildResult;
  /** What the extension bundle holds, and what of it the on-demand bundle uses. */
  available: Map<string, Share>;
  shared: Map<string, Share>;
};
type BundleOptionsModule = {
  yamlBundleOptions: Options;
  buildNodeBundles: (o: { production: boolean; write: boolean }) => Promise<NodeBundles>;
  heldModules: (result: esbuild.BuildResult) => string[];
};

describe('the bundle', function () {
  this.timeout(60_000);
  let code = '';
  let onDemandCode = '';
  let yamlCode = '';
  let node: NodeBundles;
  let heldModules: BundleOptionsModule['heldModules'];

  before(async () => {
    const { build } = await import('esbuild');
    const bundling = (await import(
      pathToFileURL(path.join(root, 'scripts', 'bundleOptions.mjs')).href
    )) as BundleOptionsModule;
    const { buildNodeBundles, yamlBundleOptions } = bundling;
    heldModules = bundling.heldModules;
    const text = async (options: Options, file: string) => {
      const result = await build({ ...options({ production: true }), write: false });
      const output = result.outputFiles?.find((f) => f.path.endsWith(file));
      assert.ok(output, `the build wrote dist/${file}`);
      return output.text;
    };
    node = await buildNodeBundles({ production: true, write: false });
    const only = (result: esbuild.BuildResult) => result.outputFiles?.find((f) => f.path.endsWith('.js'))?.text ?? '';
    code = only(node.extension);
    onDemandCode = only(node.onDemand);
    yamlCode = await text(yamlBundleOptions, 'yaml-libraries.js');
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
    assert.ok(yamlCode.length > 20_000, `a real bundle (${yamlCode.length} bytes)`);
    assert.ok(!yamlCode.includes('esprima'), 'no esprima lookup');
    assert.ok(!yamlCode.includes('tag:yaml.org,2002:js/function'), 'no !!js/function type');
    assert.ok(!yamlCode.includes('tag:yaml.org,2002:js/regexp'), 'no !!js/regexp type');
    assert.ok(yamlCode.includes('tag:yaml.org,2002:timestamp'), "the safe schema's types are there");
  });

  it("carries no YAML writer: js-yaml's dumper is left out, and a call to it would say why", () => {
    assert.ok(!yamlCode.includes('unacceptable kind of an object to dump'), "no trace of js-yaml's dumper");
    assert.ok(yamlCode.includes('YAML is never written here'), 'its stand-in refuses');
    assert.ok(yamlCode.includes('end of the stream or a document separator is expected'), 'the reader is there');
  });

  it('leaves gray-matter and js-yaml to their own bundle, required where the first charter is read', () => {
    assert.ok(code.length > 50_000, `a real bundle (${code.length} bytes)`);
    assert.equal(code.match(/require\("\.\/yaml-libraries\.js"\)/g)?.length, 1, 'one require of the YAML bundle');
    assert.ok(!code.includes('tag:yaml.org,2002:'), 'no YAML type in the extension bundle');
    assert.ok(
      !code.includes('excerpt_separator') && yamlCode.includes('excerpt_separator'),
      'gray-matter is in the YAML bundle only',
    );
    assert.ok(yamlCode.includes('module.exports'), 'the YAML bundle is a CommonJS module');
  });

  it("leaves the commands' handlers to the on-demand bundle, loaded at the first command", () => {
    assert.ok(onDemandCode.length > 20_000, `a real on-demand bundle (${onDemandCode.length} bytes)`);
    // A command's question, and the registration of every command id.
    const question = "Which folder's journal has the decisions?";
    assert.ok(onDemandCode.includes(question) && !code.includes(question), "a handler's text is on demand only");
    assert.ok(code.includes('registerCommand') && !onDemandCode.includes('registerCommand'), 'ids register at start');
    assert.equal(onDemandCode.match(/require\("vscode"\)/g)?.length, 1, 'one vscode namespace there too');
  });

  it("takes every module it shares from the extension bundle's own instance, and compiles none twice", () => {
    const asked = new Set([...onDemandCode.matchAll(/"side-project:shared\/([^"]+)"/g)].map((m) => m[1]));
    assert.ok(asked.has('src/core/read/parseJournal.ts'), "the parser's module is shared, not copied");
    assert.ok(asked.has('node_modules/@vscode/l10n/dist/main.js'), 'and the display language with it');
    assert.ok(asked.has('src/vscode/multiStepInput.ts'), 'and the one question event the tests listen to');
    assert.deepEqual([...asked].sort(), [...node.shared.keys()].sort(), 'the extension hands over what is asked');
    for (const [key, { names }] of node.shared) {
      assert.ok(code.includes(JSON.stringify(key)), `${key} is in the extension's table`);
      for (const name of names) assert.ok(node.available.get(key)?.names.includes(name), `${key} exports ${name}`);
    }
    // Against the extension bundle as built at last: handing modules over can pull code into it.
    const inExtension = new Set(heldModules(node.extension));
    assert.ok(inExtension.has('src/core/read/parseJournal.ts'), 'the list is a real one');
    const compiledTwice = heldModules(node.onDemand).filter((key) => inExtension.has(key));
    assert.deepEqual(compiledTwice, [], 'modules of the extension bundle copied into the on-demand one');
  });
});
