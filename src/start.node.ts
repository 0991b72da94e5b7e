// The entry point in the Node extension host (package.json `main`). It registers what VS Code may ask of the
// extension when activation ends (commands, the Lifecycle view, the dashboard's restorer, the tools) as
// forwarders (src/vscode/registrar.ts), and loads the extension's bundle (dist/extension.js, from
// extension.node.ts) only when it is needed: at once when a folder has a journal, when one appears, or at the
// first thing a forwarder is asked. A workspace without a journal, where `onStartupFinished` activates the
// extension too, pays for this start alone. The bundle is loaded through V8's code cache, kept in the
// extension's global storage: written two seconds after a load that had none, or when the window closes
// before that.
import { join } from 'node:path';
import type * as vscode from 'vscode';
import { loadWithCompileCache, type CachedLoad } from './compileCache';
import type * as Extension from './extension.node';
import type { SideProjectApi } from './extension';
import { loadFailure } from './onDemandLoader';
import { whenJournalAppears } from './vscode/journalPresence';
import { declaredTools, registerEarly, type Registrar } from './vscode/registrar';

/** The extension's bundle, beside this file. */
const BUNDLE = 'extension.js';
/** After the bundle's load, long enough for the first journal load, the tree and the counter to have compiled. */
const SAVE_CACHE_AFTER_MS = 2000;

/** The bundle as loaded, for deactivate(). */
let loaded: CachedLoad<typeof Extension> | undefined;

type Outcome =
  | { readonly state: 'loading' }
  | { readonly state: 'loaded'; readonly api: SideProjectApi }
  | { readonly state: 'failed'; readonly error: Error };

export function activate(context: vscode.ExtensionContext): SideProjectApi {
  let outcome: Outcome | undefined;
  // Assigned once, after `load` is made, which whenJournalAppears may call before it returns.
  // eslint-disable-next-line prefer-const
  let presence: vscode.Disposable | undefined;
  // Loads the bundle at the first call, never again. A load that fails is remembered and said again at every
  // use, never run a second time: parts of a half-run extension may have attached already.
  const load = (): SideProjectApi => {
    if (outcome?.state === 'loaded') return outcome.api;
    if (outcome?.state === 'failed') throw outcome.error;
    if (outcome?.state === 'loading') throw new Error('Side Project Journal: asked for itself while loading.');
    outcome = { state: 'loading' };
    try {
      outcome = { state: 'loaded', api: loadExtension(context, registrar) };
    } catch (error) {
      outcome = { state: 'failed', error: loadFailure(BUNDLE, error) };
    }
    presence?.dispose(); // loaded or failed, nothing more to wait for
    return load();
  };
  const registrar = registerEarly(context.subscriptions, declaredTools(context.extension), load);
  presence = whenJournalAppears(load);
  context.subscriptions.push(presence);
  return lazyApi(load, () => (outcome?.state === 'loaded' ? outcome.api : undefined));
}

export function deactivate(): void {
  loaded?.exports.deactivate();
  loaded?.save();
}

function loadExtension(context: vscode.ExtensionContext, registrar: Registrar): SideProjectApi {
  const storage = context.globalStorageUri;
  const cacheDir = storage.scheme === 'file' ? join(storage.fsPath, 'compile-cache') : undefined;
  const started = performance.now();
  loaded = loadWithCompileCache<typeof Extension>(join(__dirname, BUNDLE), cacheDir, require);
  const bundleLoaded = performance.now();
  const extensionApi = loaded.exports.activate(context, registrar);
  extensionApi.compileCache = loaded.cache;
  extensionApi.startTimes = { bundleMs: bundleLoaded - started, activateMs: performance.now() - bundleLoaded };
  if (cacheDir && loaded.cache !== 'used') {
    const timer = setTimeout(() => loaded?.save(), SAVE_CACHE_AFTER_MS);
    context.subscriptions.push({ dispose: () => clearTimeout(timer) });
  }
  return extensionApi;
}

/** What the start itself knows: read without loading the bundle, undefined until it is loaded. */
const START_FACTS = new Set<PropertyKey>(['compileCache', 'startTimes'] satisfies (keyof SideProjectApi)[]);

/**
 * The API that activation returns: reading any of its properties loads the bundle (once) and reads the
 * extension's own, except the start's facts. It has no `then`: VS Code awaits what activate() returns, and
 * must not load the bundle by doing so.
 */
function lazyApi(load: () => SideProjectApi, loadedApi: () => SideProjectApi | undefined): SideProjectApi {
  return new Proxy({} as SideProjectApi, {
    get: (_, key) => {
      if (key === 'then') return undefined;
      if (START_FACTS.has(key)) return loadedApi()?.[key as keyof SideProjectApi];
      return load()[key as keyof SideProjectApi];
    },
  });
}
