// The in-VS-Code part of `npm run bench`: runs out/test/bench/vscodeBench.js as extensionTestsPath in a real
// VS Code (code-server's, through Debian's Chromium, offline; see scripts/codeServer.mjs), twice:
//   1. activation, in an empty folder: ACTIVATION_LOADS window loads of this extension and as many of an empty
//      one (generated into a temp folder: a package.json and an extension.js whose activate() returns), in
//      alternation in the same code-server, each a fresh extension host in which nothing has activated the
//      development extension yet, timed once the built-in extensions' start-up work is done (see
//      test/bench/vscodeBench.ts); the medians are the figures, the empty extension's the floor. Then as many
//      loads of this extension in a folder with a journal, where its start loads the bundle within activation
//   2. the tree, in a temp folder whose journal is the generated 10,000-entry one
// Expects out/ (tsc -p test) and dist/ (node esbuild.mjs --production) to be built; `npm run bench` builds
// both and runs this. Prints its figures, then one `BENCH_VSCODE_JSON {…}` line for bench/bench.mjs.
// Leaves nothing behind: the servers, the browser profiles and the temp folders are removed at the end,
// on Ctrl+C too.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as util from 'node:util';
import {
  ROOT,
  ensureCodeServer,
  ensureDebianPackages,
  launchChromium,
  startCodeServer,
  stopAll,
  workbenchUrl,
} from './codeServer.mjs';

const ENTRY = path.join(ROOT, 'out', 'test', 'bench', 'vscodeBench.js');
const GENERATOR = path.join(ROOT, 'out', 'test', 'unit', 'core', 'generateJournal.js');
/** `--only=activation` or `--only=tree`: one of the two measurements, when working on it. */
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
/** Of each extension; `--loads=N` for more (a change of a millisecond needs more than five to show). */
const ACTIVATION_LOADS = Number(process.argv.find((a) => a.startsWith('--loads='))?.slice('--loads='.length) ?? 5);
// publisher.name: test/bench/vscodeBench.ts looks for this id to know which extension it is timing.
const EMPTY_EXTENSION = { publisher: 'side-project-bench', name: 'empty-extension' };
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
 * The activation events that the timing itself triggers: none of those that fire on their own once the
 * window has started (`onStartupFinished`, `*`), or the extension would be active before it is timed. What
 * activation costs (loading the bundle, running activate()) is the same whatever event starts it.
 */
function timedActivationEvents() {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  return manifest.activationEvents.filter((e) => e !== 'onStartupFinished' && e !== '*');
}

/** This extension as the activation timing loads it: its manifest with timedActivationEvents(), its files. */
function timedExtension() {
  const dir = tempDir('spj-bench-ours-');
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ ...manifest, activationEvents: timedActivationEvents() }, null, 2),
  );
  // What the .vsix carries for it to run: the translations too, so VS Code resolves the manifest as it ships.
  for (const entry of ['dist', 'media', 'snippets', 'l10n', 'package.nls.json', 'package.nls.de.json'])
    fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  return dir;
}

/**
 * An extension that does nothing, in a new temp folder: the same engine and activation events as this one,
 * so VS Code treats it alike, and a main whose activate() returns.
 */
function emptyExtension() {
  const dir = tempDir('spj-bench-ext-');
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const pkg = {
    ...EMPTY_EXTENSION,
    version: '0.0.0',
    engines: { vscode: manifest.engines.vscode },
    activationEvents: timedActivationEvents(),
    main: './extension.js',
  };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  fs.writeFileSync(path.join(dir, 'extension.js'), 'exports.activate = function activate() {};\n');
  return dir;
}

/**
 * Starts code-server on `workspace` with SIDE_PROJECT_BENCH=mode and loads the bench entry once per item of
 * `extensionPaths`, in that order, each in a new window (so a new extension host) with that folder as the
 * development extension; resolves to the BENCH_RESULT objects, one per load.
 */
async function measure(mode, workspace, extensionPaths = [ROOT]) {
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
      else
        current.reject(
          new Error(
            `${mode}: the bench entry exited with ${code}${current.log.length ? `:\n  ${current.log.join('\n  ')}` : ''}`,
          ),
        );
    });
    page.on('crash', () => current?.reject(new Error(`${mode}: the page crashed`)));
    const results = [];
    for (const extensionPath of extensionPaths) {
      const url = workbenchUrl({ ...server, workspace, extensionPath, testsPath: ENTRY });
      const done = new Promise((resolve, reject) => (current = { resolve, reject, result: undefined, log: [] }));
      let timer;
      const timeout = new Promise(
        (_, reject) =>
          (timer = setTimeout(() => reject(new Error(`${mode}: no result after ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS)),
      );
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

/** The medians and checks of this extension's activation loads (BENCH_RESULT objects of test/bench/vscodeBench.ts). */
function activationFigures(loads) {
  const times = loads.map((r) => r.activationMs);
  return {
    medianMs: median(times),
    samplesMs: times,
    moduleLoadMs: median(loads.map((r) => r.moduleLoadMs ?? NaN)),
    activateCallMs: median(loads.map((r) => r.activateCallMs ?? NaN)),
    bundleLoaded: loads.map((r) => r.bundleLoaded),
    modulesLoaded: loads[0].modulesLoaded,
    compileCache: loads.map((r) => r.compileCache ?? 'none'),
    // Inside the start's activate() (src/start.node.ts), when it loaded the bundle: the load, then its activate().
    bundleLoadMs: median(loads.map((r) => r.startTimes?.bundleMs ?? NaN)),
    extensionActivateMs: median(loads.map((r) => r.startTimes?.activateMs ?? NaN)),
    activeBefore: loads.some((r) => r.activeBefore),
    readsAtActivation: loads.flatMap((r) => r.readsAtActivation),
    readsOneSecondLater: loads.flatMap((r) => r.readsOneSecondLater),
    // Over every load: asked for the git extension in any of them, and the git log reads of all.
    gitAtActivation: {
      apiRequested: loads.some((r) => r.gitAtActivation?.apiRequested !== false),
      reads: loads.reduce((n, r) => n + (r.gitAtActivation?.reads ?? 0), 0),
    },
  };
}

const out = {};
try {
  for (const f of [ENTRY, GENERATOR, path.join(ROOT, 'dist', 'start.js'), path.join(ROOT, 'dist', 'extension.js')]) {
    if (!fs.existsSync(f))
      throw new Error(`${path.relative(ROOT, f)} is missing: run \`npx tsc -p test && node esbuild.mjs --production\``);
  }
  ensureDebianPackages(['chromium', 'ripgrep', 'libkrb5-dev']);
  ensureCodeServer(); // prints "VS Code X (code-server Y)"

  if (ONLY !== 'tree') {
    const empty = tempDir('spj-bench-empty-');
    const floor = emptyExtension();
    const ours = timedExtension();
    // In pairs, each pair in the other order of the one before (ours, empty, empty, ours, …): a window that
    // starts slower for reasons of the machine's falls on both alike.
    const order = Array.from({ length: ACTIVATION_LOADS }, (_, i) => (i % 2 ? [floor, ours] : [ours, floor])).flat();
    const all = await measure('activation', empty, order);
    removeTemp(empty);
    removeTemp(floor);
    const expected = (dir) =>
      dir === floor
        ? `${EMPTY_EXTENSION.publisher}.${EMPTY_EXTENSION.name}`
        : 'sideproject-journal.side-project-journal';
    all.forEach((r, i) => {
      if (r.extension?.toLowerCase() !== expected(order[i]))
        throw new Error(`load ${i + 1} timed ${r.extension}, not ${expected(order[i])}`);
    });
    const floorLoads = all.filter((_, i) => order[i] === floor);
    const floorTimes = floorLoads.map((r) => r.activationMs);
    out.emptyActivation = {
      medianMs: median(floorTimes),
      samplesMs: floorTimes,
      moduleLoadMs: median(floorLoads.map((r) => r.moduleLoadMs ?? NaN)),
      activateCallMs: median(floorLoads.map((r) => r.activateCallMs ?? NaN)),
      activeBefore: floorLoads.some((r) => r.activeBefore),
    };
    out.activation = activationFigures(all.filter((_, i) => order[i] === ours));
    // Then in a folder with a journal, where the start loads the extension's bundle within activation. Kept at
    // docs/journal.md (sideProject.journalPath), as `workspaceContains` would activate it before the timing.
    const withJournal = tempDir('spj-bench-journal-');
    fs.mkdirSync(path.join(withJournal, 'docs'));
    fs.mkdirSync(path.join(withJournal, '.vscode'));
    fs.writeFileSync(
      path.join(withJournal, 'docs', 'journal.md'),
      createRequire(import.meta.url)(GENERATOR).generateJournal(100),
    );
    fs.writeFileSync(
      path.join(withJournal, '.vscode', 'settings.json'),
      JSON.stringify({ 'sideProject.journalPath': 'docs/journal.md' }),
    );
    const journalLoads = await measure('activation', withJournal, Array(ACTIVATION_LOADS).fill(ours));
    removeTemp(withJournal);
    removeTemp(ours);
    out.activationWithJournal = activationFigures(journalLoads);

    const a = out.activation;
    const times = (figures) => figures.samplesMs.map((t) => t.toFixed(1)).join(', ');
    const invalid = (figures, who = 'the extension') =>
      figures.activeBefore ? ` — INVALID: ${who} was already active before the timing` : '';
    console.log(
      `activation, empty folder, ${a.samplesMs.length} window loads, each once the window settled: median ${ms(a.medianMs)} (${times(a)} ms)${invalid(a)}`,
    );
    console.log(
      `  of which (medians) the start's module load ${ms(a.moduleLoadMs)}, its activate() call ${ms(a.activateCallMs)}, ` +
        `the rest the extension host's; files loaded: ${a.modulesLoaded.join(', ')}`,
    );
    console.log(
      `  the extension's bundle loaded by activation, load by load: ${a.bundleLoaded.join(', ')} (no journal: false)`,
    );
    const e = out.emptyActivation;
    console.log(
      `activation of an empty extension (the floor), the same ${e.samplesMs.length} times in alternation: median ${ms(e.medianMs)} ` +
        `(${times(e)} ms); its module load ${ms(e.moduleLoadMs)}, its activate() call ${ms(e.activateCallMs)}${invalid(e, 'it')}`,
    );
    console.log(`  ratio: ${(a.medianMs / e.medianMs).toFixed(2)}x the empty extension's`);
    const j = out.activationWithJournal;
    console.log(
      `activation, folder with a journal, ${j.samplesMs.length} window loads: median ${ms(j.medianMs)} (${times(j)} ms), ` +
        `${(j.medianMs / e.medianMs).toFixed(2)}x the floor above${invalid(j)}`,
    );
    console.log(
      `  the bundle loaded by activation, load by load: ${j.bundleLoaded.join(', ')}; inside the start's activate() (medians): ` +
        `dist/extension.js loaded in ${ms(j.bundleLoadMs)}, its activate() ${ms(j.extensionActivateMs)}`,
    );
    console.log(
      `  V8's code cache of the bundle, load by load: ${j.compileCache.join(', ')} ` +
        `(the first start in a new profile has none; it is written two seconds after, or as the window closes)`,
    );
    console.log(
      `  journal reads when activate() resolved: ${j.readsAtActivation.join(', ')}; one second later (the deferred load): ${j.readsOneSecondLater.join(', ')}`,
    );
  }
  if (ONLY !== 'activation') {
    const folder = tempDir('spj-bench-10k-');
    const { generateJournal } = createRequire(import.meta.url)(GENERATOR);
    fs.mkdirSync(path.join(folder, '.sideproject'));
    fs.writeFileSync(path.join(folder, '.sideproject', 'journal.md'), generateJournal(TREE_ENTRIES));
    const [tree] = await measure('tree', folder, [ROOT]);
    removeTemp(folder);
    out.tree = tree;
    console.log(
      `tree, ${tree.entries.toLocaleString('en')}-entry journal, biggest phase (${tree.phase}, ${tree.children.toLocaleString('en')} children): ` +
        `getChildren + getTreeItem each: median ${ms(tree.medianMs)} (min ${ms(tree.minMs)}, max ${ms(tree.maxMs)}, ${tree.runs} runs)`,
    );
    const e = tree.editor;
    console.log(
      `editor features on the open ${tree.entries.toLocaleString('en')}-entry journal, each provider as VS Code calls it ` +
        `(medians of ${tree.runs}): outline ${ms(e.symbolsMs)}, folding ${ms(e.foldingMs)}, CodeLens ${ms(e.codeLensMs)}, ` +
        `completion ${ms(e.completionMs)}; while they all ran, the store read the file ${e.reads} times and ` +
        `the open document was parsed ${e.parses} times`,
    );
  }
} catch (err) {
  out.error = String(err?.stack ?? err);
  console.error(`✘ the VS Code bench failed: ${out.error}`);
} finally {
  await stopAll();
  temps.forEach(removeTemp);
}
console.log(`BENCH_VSCODE_JSON ${JSON.stringify(out)}`);
process.exit(out.error ? 1 : 0);
