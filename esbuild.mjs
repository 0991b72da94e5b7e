// Six bundles: the extension for the Node extension host (`vscode` is provided by the host at run time) and
// what it loads on demand (the commands' handlers, the dashboard's page, the tool catalog), the few lines that start it there
// through V8's code cache, the YAML libraries it loads at the first charter read, the extension for the web
// worker host (one file, no Node built-ins), and the `side-project` command (CLI and MCP server) for plain Node.
// --production: minified, no source maps (what the .vsix ships); otherwise source maps for debugging.
import * as esbuild from 'esbuild';
import {
  browserBundleOptions,
  buildNodeBundles,
  cliBundleOptions,
  printProblems,
  startBundleOptions,
  yamlBundleOptions,
  yamlOnDemand,
} from './scripts/bundleOptions.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const contexts = await Promise.all(
  [startBundleOptions, yamlBundleOptions, browserBundleOptions, cliBundleOptions].map((options) =>
    esbuild.context(options({ production, watch })),
  ),
);

/** The two Node bundles depend on each other's module lists: built together, again after each change. */
async function nodeBundles() {
  const { extension, onDemand, shared } = await buildNodeBundles({ production });
  for (const result of [extension, onDemand]) report(result);
  if (!watch) console.log(`  shared between them: ${shared.size} modules`);
}

function report(result) {
  const [file, output] = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint) ?? [];
  console.log(`${file}: ${output?.bytes ?? 0} bytes${production ? ' (minified)' : ''}`);
}

if (watch) {
  await Promise.all(contexts.map((ctx) => ctx.watch()));
  // The extension's sources are the on-demand bundle's too: a context that only watches them rebuilds both,
  // one rebuild at a time (two at once could leave a mismatched pair), and marks the build's start and end
  // for the watch task only once both are written.
  let rebuilt = Promise.resolve();
  const rebuildNodeBundles = {
    name: 'rebuild-node-bundles',
    setup(build) {
      build.onStart(() => console.log('[watch] build started'));
      build.onEnd(() => {
        rebuilt = rebuilt.then(async () => {
          try {
            await nodeBundles();
          } catch (error) {
            printProblems(error.errors ?? [{ text: String(error.message ?? error) }]);
          }
          console.log('[watch] build finished');
        });
        return rebuilt;
      });
    },
  };
  const sources = await esbuild.context({
    entryPoints: ['src/extension.node.ts', 'src/onDemand.ts'],
    bundle: true,
    write: false,
    external: ['vscode', 'side-project:shared-modules'],
    platform: 'node',
    outdir: 'out/watch',
    logLevel: 'silent',
    plugins: [yamlOnDemand, rebuildNodeBundles],
  });
  await sources.watch();
} else {
  await nodeBundles();
  for (const ctx of contexts) {
    report(await ctx.rebuild());
    await ctx.dispose();
  }
}
