// Five bundles: the extension for the Node extension host (`vscode` is provided by the host at run time), the
// few lines that start it there through V8's code cache, the YAML libraries it loads on demand, the extension
// for the web worker host (one file, no Node built-ins), and the `side-project` command (CLI and MCP server)
// for plain Node.
// --production: minified, no source maps (what the .vsix ships); otherwise source maps for debugging.
import * as esbuild from 'esbuild';
import {
  browserBundleOptions,
  bundleOptions,
  cliBundleOptions,
  startBundleOptions,
  yamlBundleOptions,
} from './scripts/bundleOptions.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const contexts = await Promise.all(
  [bundleOptions, startBundleOptions, yamlBundleOptions, browserBundleOptions, cliBundleOptions].map((options) =>
    esbuild.context(options({ production, watch })),
  ),
);

if (watch) {
  await Promise.all(contexts.map((ctx) => ctx.watch()));
} else {
  for (const ctx of contexts) {
    const result = await ctx.rebuild();
    await ctx.dispose();
    const [file, output] = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint) ?? [];
    console.log(`${file}: ${output?.bytes ?? 0} bytes${production ? ' (minified)' : ''}`);
  }
}
