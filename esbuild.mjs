// One bundle for the extension host. `vscode` is provided by the host at run time.
// --production: minified, no source maps (what the .vsix ships); otherwise source maps for debugging.
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

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
const yamlWithoutJsTypes = {
  name: 'yaml-without-js-types',
  setup(build) {
    build.onLoad({ filter: /js-yaml[\\/]lib[\\/]js-yaml[\\/]schema[\\/]default_full\.js$/ }, (args) => ({
      contents: "module.exports = require('./default_safe');",
      loader: 'js',
      resolveDir: path.dirname(args.path),
    }));
  },
};

const ctx = await esbuild.context({
  entryPoints: ['src/extension.ts'],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  outfile: 'dist/extension.js',
  external: ['vscode'],
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  legalComments: production ? 'none' : 'inline',
  logLevel: watch ? 'silent' : 'warning',
  metafile: true,
  plugins: watch ? [yamlWithoutJsTypes, problemReporter] : [yamlWithoutJsTypes],
});

if (watch) {
  await ctx.watch();
} else {
  const result = await ctx.rebuild();
  await ctx.dispose();
  const bytes = Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
  console.log(`dist/extension.js: ${bytes} bytes${production ? ' (minified)' : ''}`);
}
