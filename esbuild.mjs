// Eight bundles. For each extension host, a pair: the extension's bundle, loaded at start (the host provides
// `vscode`), and what it loads on demand (the commands' handlers, the dashboard's page, the tool catalog):
// dist/extension.js and dist/on-demand.js for the Node host, dist/web/extension.js and dist/web/on-demand.js
// (no Node built-ins, the YAML libraries inside) for the web worker host. Besides: the few lines that start the
// Node host's through V8's code cache, the YAML libraries it loads at the first charter read, and the
// `side-project` command (CLI and MCP server) for plain Node.
// --production: minified, no source maps (what the .vsix ships); otherwise source maps for debugging.
import * as esbuild from 'esbuild';
import {
  EXTENSION_HOSTS,
  buildHostBundles,
  cliBundleOptions,
  printProblems,
  startBundleOptions,
  yamlBundleOptions,
} from './scripts/bundleOptions.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const contexts = await Promise.all(
  [startBundleOptions, yamlBundleOptions, cliBundleOptions].map((options) =>
    esbuild.context(options({ production, watch })),
  ),
);

/** Each host's two bundles depend on each other's module lists: built together, again after each change. */
async function hostBundles() {
  for (const host of EXTENSION_HOSTS) {
    const { extension, onDemand, shared } = await buildHostBundles(host, { production });
    for (const result of [extension, onDemand]) report(result);
    if (!watch) console.log(`  shared between them: ${shared.size} modules`);
  }
}

function report(result) {
  const [file, output] = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint) ?? [];
  console.log(`${file}: ${output?.bytes ?? 0} bytes${production ? ' (minified)' : ''}`);
}

if (watch) {
  await Promise.all(contexts.map((ctx) => ctx.watch()));
  // The extensions' sources are the on-demand bundles' too: a context that only watches them rebuilds the pairs,
  // one rebuild at a time (two at once could leave a mismatched pair), and marks the build's start and end
  // for the watch task only once all are written.
  let rebuilt = Promise.resolve();
  const rebuildHostBundles = {
    name: 'rebuild-host-bundles',
    setup(build) {
      build.onStart(() => console.log('[watch] build started'));
      build.onEnd(() => {
        rebuilt = rebuilt.then(async () => {
          try {
            await hostBundles();
          } catch (error) {
            printProblems(error.errors ?? [{ text: String(error.message ?? error) }]);
          }
          console.log('[watch] build finished');
        });
        return rebuilt;
      });
    },
  };
  // Every file of the pairs, the YAML libraries too (inside the web host's extension bundle).
  const sources = await esbuild.context({
    entryPoints: ['src/extension.node.ts', 'src/extension.web.ts', 'src/onDemand.ts'],
    bundle: true,
    write: false,
    external: ['vscode', 'side-project:shared-modules'],
    platform: 'node',
    outdir: 'out/watch',
    logLevel: 'silent',
    plugins: [rebuildHostBundles],
  });
  await sources.watch();
} else {
  await hostBundles();
  for (const ctx of contexts) {
    report(await ctx.rebuild());
    await ctx.dispose();
  }
}
