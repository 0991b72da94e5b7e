// Six bundles: the extension for the Node extension host (`vscode` is provided by the host at run time) and
// what it loads on demand (the commands' handlers, at the first command), the few lines that start it there
// through V8's code cache, the YAML libraries it loads at the first charter read, the extension for the web
// worker host (one file, no Node built-ins), and the `side-project` command (CLI and MCP server) for plain Node.
// --production: minified, no source maps (what the .vsix ships); otherwise source maps for debugging.
import * as esbuild from 'esbuild';
import {
  browserBundleOptions,
  buildNodeBundles,
  cliBundleOptions,
  startBundleOptions,
  yamlBundleOptions,
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
  // The extension's sources are the on-demand bundle's too: a context that only watches them rebuilds both.
  const sources = await esbuild.context({
    entryPoints: ['src/extension.node.ts', 'src/onDemand.ts'],
    bundle: true,
    write: false,
    external: ['vscode', 'side-project:shared-modules', './yaml-libraries.js'],
    platform: 'node',
    outdir: 'out/watch',
    logLevel: 'silent',
    plugins: [{ name: 'rebuild-node-bundles', setup: (build) => build.onEnd(() => nodeBundles().catch(() => {})) }],
  });
  await sources.watch();
} else {
  await nodeBundles();
  for (const ctx of contexts) {
    report(await ctx.rebuild());
    await ctx.dispose();
  }
}
