// The part of `npm run bench` that needs a real VS Code: loaded as `extensionTestsPath` by
// scripts/bench-vscode.mjs (code-server + Chromium, offline), in the workspace that script prepares.
// SIDE_PROJECT_BENCH names the measurement (the extension host inherits code-server's environment):
//   activation  an empty folder, nothing has activated the extension yet: once the window has settled, time
//               `await getExtension(ID).activate()` (module load + activate(), and the host's part), split
//               into the bundle's module load and the activate() call; then check at once, before anything
//               asks, that activation read no journal (the store counts its file reads). The development
//               extension is either this one or the empty extension scripts/bench-vscode.mjs generates (its
//               floor): whichever is loaded is timed the same way
//   tree        a folder whose journal has 10,000 entries: time the tree's children for the biggest phase,
//               getChildren(phaseNode) plus getTreeItem for each child, as the view asks for them; then, with
//               the journal open in an editor, each editor feature's provider (outline, folding, CodeLens,
//               completion), and the store's reads and the documents' parses while they all ran; each sample
//               after a full garbage collection, as in the plain-Node bench
// The figures go out as one `BENCH_RESULT {json}` line through console.log (codeAutomationLog).
import Module from 'node:module';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../src/extension';
import type { LifecycleNode } from '../../src/vscode/phaseTreeProvider';

const EXTENSION_ID = 'sideproject-journal.side-project-journal';
/** The empty extension of scripts/bench-vscode.mjs (publisher.name there). */
const EMPTY_EXTENSION_ID = 'side-project-bench.empty-extension';
const SETTLE_MS = 3000;
const TREE_WARMUP = 3;
const TREE_RUNS = 21;

export async function run(): Promise<void> {
  const mode = process.env.SIDE_PROJECT_BENCH;
  const result = mode === 'activation' ? await activation() : mode === 'tree' ? await tree() : undefined;
  if (!result) throw new Error(`SIDE_PROJECT_BENCH is "${mode}": expected activation or tree`);
  console.log(`BENCH_RESULT ${JSON.stringify({ mode, ...result })}`);
}

let gc: (() => void) | undefined;

/**
 * A full garbage collection, as the plain-Node bench makes before each sample (bench/bench.mjs): each timed
 * call then pays for its own garbage, not for what the calls before it left. The extension host runs without
 * --expose-gc; the flag, set once, exposes `gc` to a context made after it.
 */
function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
}

function extension(): vscode.Extension<SideProjectApi> {
  const ext = vscode.extensions.getExtension<SideProjectApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} not found`);
  return ext;
}

async function activation(): Promise<Record<string, unknown>> {
  const empty = vscode.extensions.getExtension(EMPTY_EXTENSION_ID);
  const ext = empty ?? extension();
  // The extension host activates built-in extensions (git, merge-conflict…) as the window starts; their work
  // interleaves with ours whenever activation awaits, and would be counted as ours. Let them finish first.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const activeBefore = ext.isActive; // true would make the timing meaningless: reported, not hidden
  const split = splitTimes(path.join(ext.extensionPath, (ext.packageJSON as { main: string }).main));
  const cachedBefore = new Set(Object.keys(require.cache));
  const profile = await startProfile();
  // Each extension pays for its own garbage, not for what the window's start left.
  collectGarbage();
  const started = performance.now();
  const api = (await ext.activate()) as SideProjectApi | undefined;
  const activationMs = performance.now() - started;
  await profile?.(ext.id);
  // What the start knows (src/start.node.ts) reads without loading the extension's bundle; any other property
  // of its API would load it. In a folder without a journal the start loads none: then there is nothing of
  // the extension's own activate() to check.
  const { compileCache, startTimes } = api ?? {};
  const bundleLoaded = startTimes !== undefined;
  // The files activation loaded, relative to the extension: the start, and whatever it required at run time.
  const modulesLoaded = Object.keys(require.cache)
    .filter((file) => !cachedBefore.has(file))
    .map((file) => path.relative(ext.extensionPath, file));
  // Synchronously after activate() resolved: the deferred first load (setTimeout 0) cannot have run yet, so a
  // read counted here was made by activate() itself. The empty extension has no journals.
  const reads = (): number[] => (bundleLoaded ? (api?.journals.all.map((store) => store.reads) ?? []) : []);
  const readsAtActivation = reads();
  // Nor git: the git extension is not even asked for until a view first needs a folder's history.
  const git = bundleLoaded ? api?.git : undefined;
  const gitAtActivation = git ? { apiRequested: git.apiRequested, reads: git.reads } : undefined;
  // And the counter does count: the deferred load reads once, soon after.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const readsOneSecondLater = reads();
  split.restore();
  return {
    extension: ext.id,
    activeBefore,
    activationMs,
    moduleLoadMs: split.loadMs,
    activateCallMs: split.activateMs,
    bundleLoaded,
    modulesLoaded,
    readsAtActivation,
    readsOneSecondLater,
    gitAtActivation,
    // The Node host's start compiles the bundle through V8's code cache of an earlier window (src/start.node.ts).
    compileCache,
    startTimes,
  };
}

/**
 * With SIDE_PROJECT_BENCH_PROFILE=<folder>: a CPU profile of the activation (20 µs samples), written there as
 * <extension id>-<time>.cpuprofile for Chrome's DevTools or a script. Resolves to the function that stops it.
 */
async function startProfile(): Promise<((name: string) => Promise<void>) | undefined> {
  const folder = process.env.SIDE_PROJECT_BENCH_PROFILE;
  if (!folder) return undefined;
  const inspector = await import('node:inspector');
  const fs = await import('node:fs');
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
    );
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 20 });
  await post('Profiler.start');
  return async (name) => {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    session.disconnect();
    fs.writeFileSync(path.join(folder, `${name}-${Date.now()}.cpuprofile`), JSON.stringify(profile));
  };
}

/**
 * Where activation's time goes: the bundle's module load (reading, compiling and running it, with whatever
 * it requires) and the extension's own activate() call; the rest is the host's (its RPCs, the extension's
 * storage). Measured by wrapping Node's Module.prototype.load for the bundle only, which costs microseconds.
 */
function splitTimes(bundle: string): { loadMs: number | undefined; activateMs: number | undefined; restore(): void } {
  type Loadable = { exports: Record<string, unknown>; load(filename: string): void };
  const proto = (Module as unknown as { prototype: Loadable }).prototype;
  const original = proto.load;
  const times = {
    loadMs: undefined as number | undefined,
    activateMs: undefined as number | undefined,
    restore: () => void (proto.load = original),
  };
  proto.load = function (this: Loadable, filename: string) {
    if (filename !== bundle) return original.call(this, filename);
    const started = performance.now();
    original.call(this, filename);
    times.loadMs = performance.now() - started;
    const exported = this.exports;
    const activate = exported.activate as (...args: unknown[]) => unknown;
    this.exports = {
      ...exported,
      activate: (...args: unknown[]) => {
        const called = performance.now();
        try {
          return activate(...args);
        } finally {
          times.activateMs = performance.now() - called;
        }
      },
    };
  };
  return times;
}

async function tree(): Promise<Record<string, unknown>> {
  const api = await extension().activate();
  const store = api.journals.all[0];
  if (!store) throw new Error('no workspace folder');
  const top = await api.tree.getChildren(); // loads the journal unless the deferred load already has
  const entries = store.current?.journal.entries ?? [];
  const phaseNodes = top.filter((n): n is Extract<LifecycleNode, { type: 'phase' }> => n.type === 'phase');
  const count = (node: Extract<LifecycleNode, { type: 'phase' }>) =>
    entries.filter((e) => e.phase === node.phase).length;
  const biggest = phaseNodes.reduce<(typeof phaseNodes)[number] | undefined>(
    (best, n) => (best && count(best) >= count(n) ? best : n),
    undefined,
  );
  if (!biggest) throw new Error(`no phase nodes among the tree's ${top.length} top-level nodes`);

  let children = 0;
  const once = async (): Promise<number> => {
    collectGarbage();
    const started = performance.now();
    const nodes = await api.tree.getChildren(biggest);
    for (const node of nodes) api.tree.getTreeItem(node);
    children = nodes.length;
    return performance.now() - started;
  };
  for (let i = 0; i < TREE_WARMUP; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < TREE_RUNS; i++) times.push(await once());
  times.sort((a, b) => a - b);
  const editor = await editorFeatures(api, store);
  return {
    editor,
    entries: entries.length,
    phase: biggest.phase,
    children,
    runs: TREE_RUNS,
    medianMs: times[Math.floor(times.length / 2)],
    minMs: times[0],
    maxMs: times[times.length - 1],
  };
}

/** Each provider as VS Code calls it on the open journal, after the store's parse: medians of TREE_RUNS calls. */
async function editorFeatures(api: SideProjectApi, store: SideProjectApi['journals']['all'][number]) {
  const doc = await vscode.workspace.openTextDocument(store.uri);
  const entries = store.current?.journal.entries ?? [];
  const incident = [...entries].reverse().find((e) => e.kind === 'incident' && e.metadata.length > 0);
  const status = incident?.metadata[0];
  const at = new vscode.Position(status?.line ?? 0, doc.lineAt(status?.line ?? 0).text.length);
  const features: Record<string, () => Promise<unknown>> = {
    symbols: async () => api.editor.symbols.provideDocumentSymbols(doc),
    folding: async () => api.editor.folding.provideFoldingRanges(doc),
    codeLens: async () => api.editor.codeLens.provideCodeLenses(doc),
    completion: async () => api.editor.completion.provideCompletionItems(doc, at),
  };
  const readsBefore = store.reads;
  const parsesBefore = api.documents.parses;
  const medians: Record<string, number> = {};
  for (const [name, fn] of Object.entries(features)) {
    for (let i = 0; i < TREE_WARMUP; i++) await fn();
    const times: number[] = [];
    for (let i = 0; i < TREE_RUNS; i++) {
      collectGarbage();
      const started = performance.now();
      await fn();
      times.push(performance.now() - started);
    }
    medians[`${name}Ms`] = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  }
  return { ...medians, reads: store.reads - readsBefore, parses: api.documents.parses - parsesBefore };
}
