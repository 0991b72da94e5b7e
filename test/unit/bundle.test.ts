// What the shipped bundles do when an extension host loads them, read from production builds made in memory
// with the project's own options (scripts/bundleOptions.mjs). Every start pays for the extension's bundle.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as esbuild from 'esbuild';

const root = path.join(__dirname, '../../..');

type Options = (o: { production: boolean }) => esbuild.BuildOptions;
type Share = { format: 'esm' | 'cjs'; names: string[] };
type Host = 'node' | 'web';
type HostBundles = {
  extension: esbuild.BuildResult;
  onDemand: esbuild.BuildResult;
  /** What the extension bundle holds, and what of it the on-demand bundle uses. */
  available: Map<string, Share>;
  shared: Map<string, Share>;
};
type BundleOptionsModule = {
  oneVscodeNamespace: esbuild.Plugin;
  yamlBundleOptions: Options;
  startBundleOptions: Options;
  buildHostBundles: (host: Host, o: { production: boolean; write: boolean }) => Promise<HostBundles>;
  heldModules: (result: esbuild.BuildResult) => string[];
};

const only = (result: esbuild.BuildResult) => result.outputFiles?.find((f) => f.path.endsWith('.js'))?.text ?? '';

describe('the bundle', function () {
  this.timeout(60_000);
  let code = '';
  let onDemandCode = '';
  let yamlCode = '';
  let startCode = '';
  const pairs = {} as Record<Host, HostBundles>;
  let heldModules: BundleOptionsModule['heldModules'];
  let oneVscodeNamespace: esbuild.Plugin;
  let build: typeof esbuild.build;

  before(async () => {
    build = (await import('esbuild')).build;
    const bundling = (await import(
      pathToFileURL(path.join(root, 'scripts', 'bundleOptions.mjs')).href
    )) as BundleOptionsModule;
    const { buildHostBundles, startBundleOptions, yamlBundleOptions } = bundling;
    heldModules = bundling.heldModules;
    oneVscodeNamespace = bundling.oneVscodeNamespace;
    const text = async (options: Options, file: string) => {
      const result = await build({ ...options({ production: true }), write: false });
      const output = result.outputFiles?.find((f) => f.path.endsWith(file));
      assert.ok(output, `the build wrote dist/${file}`);
      return output.text;
    };
    for (const host of ['node', 'web'] as const) {
      pairs[host] = await buildHostBundles(host, { production: true, write: false });
    }
    code = only(pairs.node.extension);
    onDemandCode = only(pairs.node.onDemand);
    yamlCode = await text(yamlBundleOptions, 'yaml-libraries.js');
    startCode = await text(startBundleOptions, 'start.js');
  });

  it("requires vscode once and uses the host's API object as it is, never a copy of its names", () => {
    const requires = code.match(/require\("vscode"\)/g) ?? [];
    assert.equal(requires.length, 1, `require("vscode") ${requires.length} times`);
    // A namespace import of it would be `__reExport(ns, require("vscode"))`, or `__toESM(require("vscode"))`.
    assert.match(code, /(?:var|let|const) [\w$]+=require\("vscode"\)[;,]/, 'the object, assigned as it is');
    // The bundle does use the API from many modules: the one namespace is shared, not lost.
    for (const name of [
      'window.createOutputChannel',
      'workspace.createFileSystemWatcher',
      'window.createStatusBarItem',
      'window.createWebviewPanel',
    ]) {
      assert.ok(code.includes(name), `the bundle uses vscode.${name}`);
    }
  });

  it('refuses a source that imports the API other than as a namespace, naming the file and the line', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spj-vscode-import-'));
    try {
      fs.mkdirSync(path.join(dir, 'src'));
      const file = path.join(dir, 'src', 'named.ts');
      fs.writeFileSync(file, "// a comment\nimport { window } from 'vscode';\nwindow.showInformationMessage('hi');\n");
      const failed = await build({
        entryPoints: [file],
        bundle: true,
        write: false,
        format: 'cjs',
        logLevel: 'silent',
        plugins: [oneVscodeNamespace],
      }).then(
        () => undefined,
        (error: { errors: esbuild.Message[] }) => error.errors,
      );
      assert.ok(failed, 'the build failed');
      assert.equal(failed.length, 1);
      assert.match(failed[0].text, /import the API as `import \* as vscode from 'vscode';`: import \{ window \}/);
      assert.equal(failed[0].location?.line, 2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
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
    // The Node host's start registers them (src/vscode/registrar.ts), before and without the extension's bundle.
    assert.ok(startCode.includes('registerCommand'), 'ids register at start');
    assert.ok(!code.includes('registerCommand') && !onDemandCode.includes('registerCommand'), 'and only there');
    assert.ok(startCode.length < 10_000 && !startCode.includes('createStatusBarItem'), 'the start holds no part');
    assert.equal(onDemandCode.match(/require\("vscode"\)/g)?.length, 1, 'one vscode namespace there too');
  });

  for (const host of ['node', 'web'] as const) {
    it(`${host}: takes each module it shares from the extension bundle's own instance, and compiles none twice`, () => {
      const { extension, onDemand, shared, available } = pairs[host];
      const asked = new Set([...only(onDemand).matchAll(/"side-project:shared\/([^"]+)"/g)].map((m) => m[1]));
      assert.ok(asked.has('src/core/read/parseJournal.ts'), "the parser's module is shared, not copied");
      const l10n = [...asked].filter((key) => key.startsWith('node_modules/@vscode/l10n/')); // its Node or browser file
      assert.equal(l10n.length, 1, 'and the display language with it');
      assert.ok(asked.has('src/vscode/multiStepInput.ts'), 'and the one question event the tests listen to');
      assert.deepEqual([...asked].sort(), [...shared.keys()].sort(), 'the extension hands over what is asked');
      for (const [key, { names }] of shared) {
        assert.ok(only(extension).includes(JSON.stringify(key)), `${key} is in the extension's table`);
        for (const name of names) assert.ok(available.get(key)?.names.includes(name), `${key} exports ${name}`);
      }
      // Against the extension bundle as built at last: handing modules over can pull code into it.
      const inExtension = new Set(heldModules(extension));
      assert.ok(inExtension.has('src/core/read/parseJournal.ts'), 'the list is a real one');
      const compiledTwice = heldModules(onDemand).filter((key) => inExtension.has(key));
      assert.deepEqual(compiledTwice, [], 'modules of the extension bundle copied into the on-demand one');
    });
  }

  it("web: leaves src/onDemand.ts's modules to dist/web/on-demand.js, and keeps the YAML libraries at start", () => {
    const { extension, onDemand, available } = pairs.web;
    const [startCode, laterCode] = [only(extension), only(onDemand)];
    const entry = (result: esbuild.BuildResult) => Object.values(result.metafile!.outputs).find((o) => o.entryPoint)!;
    assert.equal(entry(onDemand).entryPoint, 'src/onDemand.ts');
    // By their paths, whether the on-demand bundle compiled them or asked for them as shared.
    const onDemandModules = onDemand.metafile!.inputs['src/onDemand.ts'].imports.map((i) =>
      i.path.replace(/^shared-stand-in:/, ''),
    );
    assert.ok(onDemandModules.includes('src/core/tools/catalog.ts'), `a real list: ${onDemandModules.join(', ')}`);
    assert.ok(!('src/onDemand.ts' in entry(extension).inputs), 'the start bundle does not import src/onDemand.ts');
    // One the start bundle itself uses a part of (what it held before handing anything over) is shared.
    const held = new Set(heldModules(extension));
    assert.deepEqual(
      onDemandModules.filter((key) => held.has(key) && !available.has(key)),
      [],
      "src/onDemand.ts's modules compiled into the start bundle for the on-demand one",
    );
    for (const key of ['src/vscode/commands/commandHandlers.ts', 'src/core/present/dashboardHtml.ts']) {
      assert.ok(onDemandModules.includes(key) && !held.has(key), `${key} is on demand only`);
    }
    const question = "Which folder's journal has the decisions?";
    assert.ok(laterCode.includes(question) && !startCode.includes(question), "a handler's text is on demand only");
    assert.ok(startCode.includes('registerCommand') && !laterCode.includes('registerCommand'), 'ids register at start');
    // The web worker host's require resolves only `vscode`: the YAML libraries are inside, not a third file.
    assert.ok(startCode.includes('tag:yaml.org,2002:timestamp'), 'js-yaml is in the start bundle');
    assert.ok(!laterCode.includes('tag:yaml.org,2002:'), 'and not in the on-demand one');
    assert.ok(!/require\("\.\//.test(startCode + laterCode), 'neither requires a file');
    for (const bundle of [startCode, laterCode]) assert.equal(bundle.match(/require\("vscode"\)/g)?.length, 1);
  });
});
