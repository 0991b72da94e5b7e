// The in-VS-Code part of `npm run bench`: runs out/test/bench/vscodeBench.js as extensionTestsPath in a real
// VS Code (code-server's, through Debian's Chromium, offline; see scripts/codeServer.mjs), twice:
//   1. activation, in an empty folder: ACTIVATION_LOADS window loads, each a fresh extension host in which
//      nothing has activated the extension yet, timed once the built-in extensions' start-up work is done
//      (see test/bench/vscodeBench.ts); the median is the figure
//   2. the tree, in a temp folder whose journal is the generated 10,000-entry one
// Expects out/ (tsc -p test) and dist/ (node esbuild.mjs --production) to be built; `npm run bench` builds
// both and runs this. Prints its figures, then one `BENCH_VSCODE_JSON {…}` line for bench/bench.mjs.
// Leaves nothing behind: the servers, the browser profiles and the temp folders are removed at the end,
// on Ctrl+C too.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as util from 'node:util';
import { ROOT, ensureCodeServer, ensureDebianPackages, launchChromium, startCodeServer, stopAll, workbenchUrl } from './codeServer.mjs';

const ENTRY = path.join(ROOT, 'out', 'test', 'bench', 'vscodeBench.js');
const GENERATOR = path.join(ROOT, 'out', 'test', 'unit', 'core', 'generateJournal.js');
const ACTIVATION_LOADS = 5;
const TREE_ENTRIES = 10_000;
const TIMEOUT_MS = 180_000;

// Temp folders made here; removed in `finally`, and on exit (codeServer.mjs turns Ctrl+C into process.exit).
const temps = new Set();
const removeTemp = (dir) => {
  fs.rmSync(dir, { recursive: true, force: true });
  temps.delete(dir);
};
process.on('exit', () => temps.forEach(removeTemp));
function tempDir(prefix) {
  const dir = fs.mkdtempSync(`/tmp/${prefix}`); // short: VS Code's socket paths under it are length-limited
  temps.add(dir);
  return dir;
}

/**
 * Starts code-server on `workspace` with SIDE_PROJECT_BENCH=mode and loads the bench entry `loads` times,
 * each in a new window (so a new extension host); resolves to the BENCH_RESULT objects, one per load.
 */
async function measure(mode, workspace, loads = 1) {
  const server = await startCodeServer({ workspace, env: { EXTENSIONS_GALLERY: '{}', SIDE_PROJECT_BENCH: mode } });
  const browser = await launchChromium();
  try {
    const { page } = browser;
    let current; // { resolve, reject, result, log } of the load in progress
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = util.format(...(Array.isArray(args) ? args : [args]));
      const m = /^BENCH_RESULT (.*)$/s.exec(text);
      if (m) current.result = JSON.parse(m[1]);
      else if (type === 'error') current.log.push(text);
    });
    await page.exposeFunction('codeAutomationExit', (code) => {
      if (code === 0 && current.result) current.resolve(current.result);
      else current.reject(new Error(`${mode}: the bench entry exited with ${code}${current.log.length ? `:\n  ${current.log.join('\n  ')}` : ''}`));
    });
    page.on('crash', () => current?.reject(new Error(`${mode}: the page crashed`)));
    const url = workbenchUrl({ ...server, workspace, extensionPath: ROOT, testsPath: ENTRY });
    const results = [];
    for (let i = 0; i < loads; i++) {
      const done = new Promise((resolve, reject) => (current = { resolve, reject, result: undefined, log: [] }));
      let timer;
      const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${mode}: no result after ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS)));
      await page.goto('about:blank'); // the previous window goes, and with it its connection
      await page.goto(url);
      try {
        results.push(await Promise.race([done, timeout]));
      } finally {
        clearTimeout(timer);
      }
    }
    return results;
  } finally {
    await browser.close();
    await server.stop();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

const out = {};
try {
  for (const f of [ENTRY, GENERATOR, path.join(ROOT, 'dist', 'extension.js')]) {
    if (!fs.existsSync(f)) throw new Error(`${path.relative(ROOT, f)} is missing: run \`npx tsc -p test && node esbuild.mjs --production\``);
  }
  ensureDebianPackages(['chromium', 'ripgrep', 'libkrb5-dev']);
  ensureCodeServer(); // prints "VS Code X (code-server Y)"

  const empty = tempDir('spj-bench-empty-');
  const loads = await measure('activation', empty, ACTIVATION_LOADS);
  removeTemp(empty);
  const times = loads.map((r) => r.activationMs);
  const reads = loads.flatMap((r) => r.readsAtActivation);
  out.activation = {
    medianMs: median(times),
    samplesMs: times,
    moduleLoadMs: median(loads.map((r) => r.moduleLoadMs ?? NaN)),
    activateCallMs: median(loads.map((r) => r.activateCallMs ?? NaN)),
    modulesLoaded: loads[0].modulesLoaded,
    activeBefore: loads.some((r) => r.activeBefore),
    readsAtActivation: reads,
    readsOneSecondLater: loads.flatMap((r) => r.readsOneSecondLater),
  };
  console.log(`activation, empty folder, ${loads.length} window loads, each once the window settled: median ${ms(out.activation.medianMs)} (${times.map((t) => t.toFixed(1)).join(', ')} ms)` +
    `${out.activation.activeBefore ? ' — INVALID: the extension was already active before the timing' : ''}`);
  console.log(`  of which (medians) the bundle's module load ${ms(out.activation.moduleLoadMs)}, the activate() call ${ms(out.activation.activateCallMs)}, ` +
    `the rest the extension host's`);
  console.log(`  files loaded by activation: ${out.activation.modulesLoaded.join(', ')}`);
  console.log(`  journal reads when activate() resolved: ${reads.join(', ')}; one second later (the deferred load): ${out.activation.readsOneSecondLater.join(', ')}`);

  const folder = tempDir('spj-bench-10k-');
  const { generateJournal } = createRequire(import.meta.url)(GENERATOR);
  fs.mkdirSync(path.join(folder, '.sideproject'));
  fs.writeFileSync(path.join(folder, '.sideproject', 'journal.md'), generateJournal(TREE_ENTRIES));
  const [tree] = await measure('tree', folder);
  removeTemp(folder);
  out.tree = tree;
  console.log(`tree, ${tree.entries.toLocaleString('en')}-entry journal, biggest phase (${tree.phase}, ${tree.children.toLocaleString('en')} children): ` +
    `getChildren + getTreeItem each: median ${ms(tree.medianMs)} (min ${ms(tree.minMs)}, max ${ms(tree.maxMs)}, ${tree.runs} runs)`);
} catch (err) {
  out.error = String(err?.stack ?? err);
  console.error(`✘ the VS Code bench failed: ${out.error}`);
} finally {
  await stopAll();
  temps.forEach(removeTemp);
}
console.log(`BENCH_VSCODE_JSON ${JSON.stringify(out)}`);
process.exit(out.error ? 1 : 0);
