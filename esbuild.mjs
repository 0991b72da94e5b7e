// One bundle for the extension host. `vscode` is provided by the host at run time.
// --production: minified, no source maps (what the .vsix ships); otherwise source maps for debugging.
import * as esbuild from 'esbuild';
import { bundleOptions } from './scripts/bundleOptions.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const ctx = await esbuild.context(bundleOptions({ production, watch }));

if (watch) {
  await ctx.watch();
} else {
  const result = await ctx.rebuild();
  await ctx.dispose();
  const bytes = Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
  console.log(`dist/extension.js: ${bytes} bytes${production ? ' (minified)' : ''}`);
}
