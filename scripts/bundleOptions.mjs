// How the extension is bundled, shared by esbuild.mjs (the build) and the unit test that checks what the
// bundle loads at start (test/unit/bundle.test.ts). `vscode` is provided by the host at run time.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Prints build problems the way VS Code's esbuild problem matcher expects. */
export function printProblems(errors) {
  for (const { text, location } of errors) {
    console.error(`✘ [ERROR] ${text}`);
    if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
  }
}

/** Marks each build's start and end for that matcher (the watch task F5 waits for), with its problems. */
const problemReporter = {
  name: 'problem-reporter',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      printProblems(result.errors);
      console.log('[watch] build finished');
    });
  },
};

/**
 * js-yaml 3 (through gray-matter) registers its JavaScript types (!!js/function, !!js/regexp) in its full
 * schema, and the function type tries to require esprima at load time: extra milliseconds on every start,
 * for types the journal must never use. The bundle's full schema is the safe one: no code-building type can
 * be reached, whatever schema a caller asks for.
 */
export const yamlWithoutJsTypes = {
  name: 'yaml-without-js-types',
  setup(build) {
    build.onLoad({ filter: /js-yaml[\\/]lib[\\/]js-yaml[\\/]schema[\\/]default_full\.js$/ }, (args) => ({
      contents: "module.exports = require('./default_safe');",
      loader: 'js',
      resolveDir: path.dirname(args.path),
    }));
  },
};

/**
 * js-yaml's dumper writes YAML, which nothing here ever does: the charter is edited line by line and never
 * re-serialised (src/core/read/frontMatter.ts refuses gray-matter's stringify). Its bytes are left out of
 * every bundle; a call would say why rather than write.
 */
export const yamlWithoutDumper = {
  name: 'yaml-without-dumper',
  setup(build) {
    build.onLoad({ filter: /js-yaml[\\/]lib[\\/]js-yaml[\\/]dumper\.js$/ }, () => ({
      contents:
        "function refuse() { throw new Error('YAML is never written here: the charter is edited line by line'); }\n" +
        'module.exports = { dump: refuse, safeDump: refuse };',
      loader: 'js',
    }));
  },
};

/** A module's namespace import of the API (`import * as vscode from 'vscode';`), the one form src/ uses. */
const VSCODE_NAMESPACE_IMPORT = /^import \* as (\w+) from 'vscode';$/gm;
/** Any other import of the API's values (type-only imports are erased, and fine). */
const OTHER_VSCODE_IMPORT = /^import (?!type\b)(?!\* as \w+ from 'vscode';$)[^;]*from ['"]vscode['"];/m;

/**
 * The host's API object, used as it is. A namespace import of an external module becomes, in a CommonJS
 * bundle, a copy of it: a getter defined for each of its couple of hundred names (0.4 ms of every start) and
 * a getter call at every use. So every import of `vscode` resolves to one module whose default export is the
 * object the host's `require('vscode')` returns, and the sources' namespace imports are read, at bundling
 * only, as default imports of it: `vscode.window` is then a plain property of that object. The sources keep
 * the namespace form that TypeScript, the tests and `npm run l10n` expect. The plugin is also what keeps
 * `vscode` out of the bundle: that module's require is the one external one.
 */
export const oneVscodeNamespace = {
  name: 'one-vscode-namespace',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) =>
      args.namespace === 'vscode-api'
        ? { path: 'vscode', external: true }
        : { path: 'vscode', namespace: 'vscode-api' },
    );
    build.onLoad({ filter: /.*/, namespace: 'vscode-api' }, () => ({
      contents: "export default require('vscode');",
      loader: 'js',
    }));
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      const other = OTHER_VSCODE_IMPORT.exec(source);
      if (other) {
        // That module has a default export only: a named import would be undefined at run time.
        const line = source.slice(0, other.index).split('\n').length;
        return {
          errors: [
            {
              text: `import the API as \`import * as vscode from 'vscode';\`: ${other[0]}`,
              location: { file: args.path, line },
            },
          ],
        };
      }
      return { contents: source.replace(VSCODE_NAMESPACE_IMPORT, "import $1 from 'vscode';"), loader: 'ts' };
    });
  },
};

/**
 * gray-matter and js-yaml are a third of the extension's code, and the extension host compiles every byte of
 * the bundle before activate() runs, while they are needed only at the first charter read (after activation).
 * So the extension bundle leaves them out: the one place that loads them (src/core/read/yamlLibraries.ts)
 * requires `./yaml-libraries.js`, their own bundle beside it, when it first needs them.
 */
export const YAML_LIBRARIES_FILE = 'yaml-libraries.js';
export const yamlOnDemand = {
  name: 'yaml-on-demand',
  setup(build) {
    build.onResolve({ filter: /^\.\/yamlModules$/ }, (args) =>
      args.importer.endsWith(path.join('read', 'yamlLibraries.ts'))
        ? { path: `./${YAML_LIBRARIES_FILE}`, external: true }
        : undefined,
    );
  },
};

/** How the on-demand bundle asks for a module the extension bundle shares: src/onDemandLoader.ts answers it. */
const SHARED_PREFIX = 'side-project:shared/';

/**
 * The virtual module `side-project:shared-modules` (src/sharedModules.d.ts): for each module the extension
 * bundle shares with the on-demand one, by its path from the root, a function that hands over the names that
 * bundle uses, from this bundle's own instance (a CommonJS module: its exports). Functions, so nothing is
 * built at start; named imports, so the bundle keeps only what is used.
 */
function sharedModules(shared) {
  return {
    name: 'shared-modules',
    setup(build) {
      build.onResolve({ filter: /^side-project:shared-modules$/ }, () => ({
        path: 'all',
        namespace: 'shared-modules',
      }));
      build.onLoad({ filter: /.*/, namespace: 'shared-modules' }, () => {
        const entries = [...shared];
        const imports = entries.map(([key, { format, names }], i) =>
          format === 'cjs'
            ? `const m${i} = require(${JSON.stringify(`./${key}`)});`
            : `import { ${names.map((name, j) => `${name} as m${i}_${j}`).join(', ')} } from ${JSON.stringify(`./${key}`)};`,
        );
        const table = entries.map(([key, { format, names }], i) =>
          format === 'cjs'
            ? `  ${JSON.stringify(key)}: () => m${i},`
            : `  ${JSON.stringify(key)}: () => ({ ${names.map((name, j) => `${name}: m${i}_${j}`).join(', ')} }),`,
        );
        return {
          contents: [...imports, 'export default {', ...table, '};'].join('\n'),
          loader: 'js',
          resolveDir: ROOT,
        };
      });
    },
  };
}

/**
 * esbuild's options: one CommonJS bundle, minified with no source maps for the .vsix (`production`). As they
 * are, the Node host's extension bundle; the other bundles start from them.
 */
export function bundleOptions({ production = false, watch = false } = {}) {
  return {
    absWorkingDir: ROOT,
    entryPoints: ['src/extension.node.ts'],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node18',
    outfile: 'dist/extension.js',
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    legalComments: production ? 'none' : 'inline',
    logLevel: watch ? 'silent' : 'warning',
    metafile: true,
    plugins: [yamlOnDemand, oneVscodeNamespace, ...(watch ? [problemReporter] : [])],
  };
}

/** The on-demand bundle's file, beside its host's extension bundle (src/onDemandLoader.ts loads it). */
export const ON_DEMAND_FILE = 'on-demand.js';

/**
 * In the on-demand bundle, a module that the extension bundle holds is replaced by a stand-in whose every
 * export is `sharedExport('side-project:shared/<its path>', '<name>')`, marked pure: esbuild drops the
 * ones nothing uses, and those left name exactly what to ask the extension bundle for (see usedShares). At
 * run time each asks src/onDemandLoader.ts for that bundle's own instance: nothing is compiled twice, and
 * module state (the display language, caches, the question event) exists once. `available` maps each such
 * path to its format and export names; the on-demand bundle's own modules are bundled into it as usual.
 */
function onDemandSharing(available) {
  const again = { again: true };
  return {
    name: 'on-demand-sharing',
    setup(build) {
      build.onResolve({ filter: /^side-project:shared\// }, (args) => ({ path: args.path, external: true }));
      build.onResolve({ filter: /^side-project:shared-export$/ }, () => ({ path: 'x', namespace: 'shared-export' }));
      build.onLoad({ filter: /.*/, namespace: 'shared-export' }, () => ({
        // The bundle's require is the one src/onDemandLoader.ts hands it.
        contents: 'export function sharedExport(id, name) { return require(id)[name]; }',
        loader: 'js',
      }));
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind === 'entry-point' || args.pluginData === again || args.namespace !== 'file') return undefined;
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: again,
        });
        if (resolved.errors.length > 0 || resolved.external || resolved.namespace !== 'file') return undefined;
        const key = path.relative(ROOT, resolved.path).split(path.sep).join('/');
        return available.has(key) ? { path: key, namespace: 'shared-stand-in' } : undefined;
      });
      build.onLoad({ filter: /.*/, namespace: 'shared-stand-in' }, (args) => {
        const { format, names } = available.get(args.path);
        const id = JSON.stringify(`${SHARED_PREFIX}${args.path}`);
        const contents =
          format === 'cjs'
            ? `module.exports = require(${id});`
            : [
                "import { sharedExport } from 'side-project:shared-export';",
                ...names.map((name) => `export const ${name} = /* @__PURE__ */ sharedExport(${id}, '${name}');`),
              ].join('\n');
        return { contents, loader: 'js', resolveDir: ROOT };
      });
    },
  };
}

/** Which names of which shared module the built on-demand bundle asks for (see onDemandSharing). */
function usedShares(code, available) {
  const used = new Map();
  const asked = new RegExp(`"${SHARED_PREFIX}([^"]+)"(?:,\\s*"([^"]+)")?`, 'g');
  for (const [match, key, name] of code.matchAll(asked)) {
    if (!available.has(key)) throw new Error(`${ON_DEMAND_FILE} asks for ${match}, which is no shared module`);
    const { format } = available.get(key);
    const entry = used.get(key) ?? { format, names: [] };
    if (name && !entry.names.includes(name)) entry.names.push(name);
    used.set(key, entry);
  }
  return new Map([...used].sort(([a], [b]) => a.localeCompare(b)));
}

/** Each module's export names, from esbuild's own reading of it (no bundling). */
async function exportNames(files) {
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: files,
    bundle: false,
    format: 'esm',
    outdir: 'out/export-names',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const names = new Map();
  for (const output of Object.values(result.metafile.outputs)) names.set(output.entryPoint, output.exports);
  return names;
}

/**
 * The extension hosts, by the options of their extension bundle: the Node host's (which `main`, src/start.node.ts,
 * loads) and the web worker host's (`browser`). Each has its on-demand bundle beside it, built and loaded alike.
 */
const HOSTS = { node: bundleOptions, web: browserBundleOptions };
export const EXTENSION_HOSTS = Object.keys(HOSTS);

/** A host's extension bundle, with the registry of the modules it hands over to its on-demand bundle. */
export function extensionBundleOptions(host, { production = false, shared = new Map() } = {}) {
  const options = HOSTS[host]({ production });
  return { ...options, plugins: [...options.plugins, sharedModules(shared)] };
}

/** A host's on-demand bundle (src/onDemand.ts) beside its extension bundle, sharing what `available` says it holds. */
export function onDemandBundleOptions(host, { production = false, available = new Map() } = {}) {
  const options = HOSTS[host]({ production });
  return {
    ...options,
    entryPoints: ['src/onDemand.ts'],
    outfile: path.posix.join(path.posix.dirname(options.outfile), ON_DEMAND_FILE),
    plugins: [...options.plugins, onDemandSharing(available)],
  };
}

/**
 * A host's two bundles (`node`: dist/, `web`: dist/web/): the extension's, loaded at start, and the on-demand
 * one, loaded at its first use. Three esbuild runs: the extension alone, to learn which modules it holds (those
 * with bytes in its output); the on-demand bundle, sharing those; the extension again, handing over what that
 * one uses. Returns both results, what the extension bundle holds and what it shares; `write: false` keeps them
 * in memory.
 */
export async function buildHostBundles(host, { production = false, write = true } = {}) {
  const probe = await esbuild.build({
    ...extensionBundleOptions(host, { production }),
    write: false,
    sourcemap: false,
  });
  const held = heldModules(probe).map((key) => [key, probe.metafile.inputs[key].format === 'esm' ? 'esm' : 'cjs']);
  const names = await exportNames(held.filter(([, format]) => format === 'esm').map(([key]) => key));
  const available = new Map(held.map(([key, format]) => [key, { format, names: names.get(key) ?? [] }]));
  const onDemand = await esbuild.build({ ...onDemandBundleOptions(host, { production, available }), write: false });
  const code = onDemand.outputFiles.find((f) => f.path.endsWith('.js')).text;
  const shared = usedShares(code, available);
  const extension = await esbuild.build({ ...extensionBundleOptions(host, { production, shared }), write: false });
  // Handing modules over can pull into the extension bundle code the probe did not hold: none of it may be
  // compiled into the on-demand bundle too, or its state would exist twice.
  const final = new Set(heldModules(extension));
  const twice = heldModules(onDemand).filter((key) => final.has(key));
  if (twice.length > 0) throw new Error(`in both ${host} bundles, so their state would be two: ${twice.join(', ')}`);
  if (write) {
    for (const file of [...onDemand.outputFiles, ...extension.outputFiles]) {
      fs.mkdirSync(path.dirname(file.path), { recursive: true });
      fs.writeFileSync(file.path, file.contents);
    }
  }
  return { extension, onDemand, shared, available };
}

/** The source files a build compiled some of its code from, by their path from the root (no virtual ones). */
export function heldModules(result) {
  const [output] = Object.values(result.metafile.outputs).filter((o) => o.entryPoint);
  return Object.entries(output.inputs)
    .filter(
      ([key, input]) =>
        input.bytesInOutput > 0 && !key.includes(':') && !/^src\/(extension\.(node|web)|onDemand)\.ts$/.test(key),
    )
    .map(([key]) => key);
}

/**
 * The Node host's entry (package.json `main`): the few lines of src/start.node.ts that load dist/extension.js
 * through V8's code cache. It bundles only src/compileCache.ts beside itself, never the extension.
 */
export function startBundleOptions({ production = false, watch = false } = {}) {
  return {
    ...bundleOptions({ production, watch }),
    entryPoints: ['src/start.node.ts'],
    outfile: 'dist/start.js',
  };
}

/**
 * gray-matter requires `fs` for its `matter.read(path)`, which the extension never calls; in the browser
 * bundle that require gets an empty module. Any other Node built-in still fails the build. And its one use of
 * Node's Buffer gets the small stand-in of scripts/browserBuffer.mjs: handed to that one module rather than
 * injected into every one, where it would be a call at the top of each module, and a module of both web bundles.
 */
const BROWSER_BUFFER = path.join(ROOT, 'scripts', 'browserBuffer.mjs');
const grayMatterInBrowser = {
  name: 'gray-matter-in-browser',
  setup(build) {
    build.onResolve({ filter: /^fs$/ }, (args) =>
      /[\\/]gray-matter[\\/]/.test(args.importer) ? { path: 'fs', namespace: 'empty-module' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'empty-module' }, () => ({
      contents: 'module.exports = {};',
      loader: 'js',
    }));
    build.onLoad({ filter: /[\\/]gray-matter[\\/]lib[\\/]utils\.js$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      return { contents: `var Buffer = require(${JSON.stringify(BROWSER_BUFFER)}).Buffer;\n${source}`, loader: 'js' };
    });
  },
};

/**
 * The extension for the web worker extension host (package.json `browser`: vscode.dev, github.dev), with the
 * YAML libraries inside (the host's `require` resolves only `vscode`, and the first charter read comes at
 * start), and no Node built-in. What no start needs is its on-demand bundle, dist/web/on-demand.js.
 */
export function browserBundleOptions({ production = false } = {}) {
  return {
    ...bundleOptions({ production }),
    entryPoints: ['src/extension.web.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    target: 'es2022',
    plugins: [yamlWithoutJsTypes, yamlWithoutDumper, grayMatterInBrowser, oneVscodeNamespace],
  };
}

/**
 * The tests for the web worker extension host (test/web), as one CommonJS file: that host evaluates the
 * `extensionTestsPath` script itself and resolves only `vscode`. `assert` is the npm port of Node's.
 */
export function webTestsBundleOptions() {
  return {
    absWorkingDir: ROOT,
    entryPoints: ['test/web/index.ts'],
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    outfile: 'out/web-tests/index.js',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
    // The npm `assert` and its `util` look at Node's `process` unguarded in places (a failed assertion's
    // message, a debug flag): there is none in that host, and these say so.
    define: { 'process.env.NODE_DEBUG': 'false', 'process.stderr': 'undefined', 'process.emitWarning': 'undefined' },
  };
}

/** The bundle of gray-matter and js-yaml that the extension loads on demand (see yamlOnDemand). */
export function yamlBundleOptions({ production = false, watch = false } = {}) {
  return {
    ...bundleOptions({ production, watch }),
    entryPoints: ['src/core/read/yamlModules.ts'],
    outfile: `dist/${YAML_LIBRARIES_FILE}`,
    plugins: watch ? [yamlWithoutJsTypes, yamlWithoutDumper, problemReporter] : [yamlWithoutJsTypes, yamlWithoutDumper],
  };
}

/**
 * The `side-project` command (CLI and MCP server): its own bundle, from the same core, so the extension's
 * bundle does not grow. It never loads `vscode`.
 */
export function cliBundleOptions({ production = false, watch = false } = {}) {
  return {
    ...bundleOptions({ production, watch }),
    entryPoints: ['src/cli/index.ts'],
    outfile: 'dist/cli.js',
    plugins: watch ? [yamlWithoutJsTypes, yamlWithoutDumper, problemReporter] : [yamlWithoutJsTypes, yamlWithoutDumper],
  };
}
