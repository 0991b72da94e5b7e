// How the extension is bundled, shared by esbuild.mjs (the build) and the unit test that checks what the
// bundle loads at start (test/unit/bundle.test.ts). `vscode` is provided by the host at run time.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Prints build problems the way VS Code's esbuild problem matcher expects. */
const problemReporter = {
  name: 'problem-reporter',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
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

/**
 * Each module's `import * as vscode from 'vscode'` becomes, in a CommonJS bundle, its own `__toESM` copy of
 * the host's API object: a getter defined for each of its couple of hundred names, in all seventeen modules,
 * on every start. Routing the imports through one re-exporting module makes that one copy. The plugin is
 * also what keeps `vscode` out of the bundle: that module's own import is the one external require.
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
      contents: "export * from 'vscode';",
      loader: 'js',
    }));
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

/**
 * The virtual module `side-project:shared-modules` (src/sharedModules.d.ts): the extension bundle's modules
 * that the on-demand bundle uses too, by their path from the root, as this bundle's own instances. `shared`
 * maps each path to its format: an ES module is handed over as its namespace, a CommonJS one as its exports.
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
        const imports = entries.map(([key, format], i) =>
          format === 'cjs'
            ? `const m${i} = require(${JSON.stringify(`./${key}`)});`
            : `import * as m${i} from ${JSON.stringify(`./${key}`)};`,
        );
        const table = entries.map(([key], i) => `  ${JSON.stringify(key)}: m${i},`);
        return {
          contents: [...imports, 'export default {', ...table, '};'].join('\n'),
          loader: 'js',
          resolveDir: ROOT,
        };
      });
    },
  };
}

/** esbuild's options: one CommonJS bundle, minified with no source maps for the .vsix (`production`). */
export function bundleOptions({ production = false, watch = false, shared = new Map() } = {}) {
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
    plugins: [yamlOnDemand, oneVscodeNamespace, sharedModules(shared), ...(watch ? [problemReporter] : [])],
  };
}

export const ON_DEMAND_FILE = 'on-demand.js';
/** How the on-demand bundle requires a shared module: src/extension.node.ts resolves these. */
const SHARED_PREFIX = 'side-project:shared/';

/**
 * In the on-demand bundle, an import of a module that the extension bundle holds becomes a require of
 * `side-project:shared/<its path>`, answered at run time from the extension bundle's own instance (see
 * sharedModules): nothing is compiled twice, and module state (the display language, caches) is one. Its
 * own modules, those nothing at start needs, are bundled into it. `used` collects the paths it requires.
 */
function onDemandSharing(available, used) {
  const again = { again: true };
  return {
    name: 'on-demand-sharing',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind === 'entry-point' || args.pluginData === again) return undefined;
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: again,
        });
        if (resolved.errors.length > 0 || resolved.external || resolved.namespace !== 'file') return undefined;
        const key = path.relative(ROOT, resolved.path).split(path.sep).join('/');
        if (!available.has(key)) return undefined;
        used.add(key);
        return { path: `${SHARED_PREFIX}${key}`, external: true };
      });
    },
  };
}

/** The on-demand bundle (src/onDemand.ts), sharing what `available` (path -> format) says the extension's holds. */
export function onDemandBundleOptions({ production = false, watch = false, available = new Map(), used = new Set() }) {
  return {
    ...bundleOptions({ production, watch }),
    entryPoints: ['src/onDemand.ts'],
    outfile: `dist/${ON_DEMAND_FILE}`,
    plugins: [yamlOnDemand, oneVscodeNamespace, onDemandSharing(available, used), ...(watch ? [problemReporter] : [])],
  };
}

/**
 * The Node host's two bundles: the extension's, loaded at start, and the on-demand one, loaded at the first
 * command. Three esbuild runs: the extension alone, to learn which modules it holds (those with bytes in its
 * output); the on-demand bundle, sharing those; the extension again, handing over the ones it shares.
 * Returns both results; `write: false` keeps them in memory.
 */
export async function buildNodeBundles({ production = false, write = true } = {}) {
  const probe = await esbuild.build({ ...bundleOptions({ production }), write: false, sourcemap: false });
  const [output] = Object.values(probe.metafile.outputs).filter((o) => o.entryPoint);
  const available = new Map(
    Object.entries(output.inputs)
      .filter(([key, input]) => input.bytesInOutput > 0 && !key.includes(':') && key !== 'src/extension.node.ts')
      .map(([key]) => [key, probe.metafile.inputs[key].format ?? 'cjs']),
  );
  const used = new Set();
  const onDemand = await esbuild.build({ ...onDemandBundleOptions({ production, available, used }), write });
  const shared = new Map([...used].sort().map((key) => [key, available.get(key)]));
  const extension = await esbuild.build({ ...bundleOptions({ production, shared }), write });
  return { extension, onDemand, shared };
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
 * bundle that require gets an empty module. Any other Node built-in still fails the build.
 */
const grayMatterWithoutFs = {
  name: 'gray-matter-without-fs',
  setup(build) {
    build.onResolve({ filter: /^fs$/ }, (args) =>
      /[\\/]gray-matter[\\/]/.test(args.importer) ? { path: 'fs', namespace: 'empty-module' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'empty-module' }, () => ({
      contents: 'module.exports = {};',
      loader: 'js',
    }));
  },
};

/**
 * The extension for the web worker extension host (package.json `browser`: vscode.dev, github.dev): one file
 * with the YAML libraries inside (a web extension loads a single script), and no Node built-in.
 */
export function browserBundleOptions({ production = false, watch = false } = {}) {
  return {
    ...bundleOptions({ production, watch }),
    entryPoints: ['src/extension.web.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    target: 'es2022',
    inject: [path.join(ROOT, 'scripts', 'browserBuffer.mjs')],
    plugins: watch
      ? [yamlWithoutJsTypes, yamlWithoutDumper, grayMatterWithoutFs, oneVscodeNamespace, problemReporter]
      : [yamlWithoutJsTypes, yamlWithoutDumper, grayMatterWithoutFs, oneVscodeNamespace],
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
