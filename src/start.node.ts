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
import { whenJournalAppears } from './vscode/journalPresence';
import { declaredTools, registerEarly, type Registrar } from './vscode/registrar';

/** After the bundle's load, long enough for the first journal load, the tree and the counter to have compiled. */
const SAVE_CACHE_AFTER_MS = 2000;

let loaded: CachedLoad<typeof Extension> | undefined;
let api: SideProjectApi | undefined;

export function activate(context: vscode.ExtensionContext): SideProjectApi {
  const load = () => (api ??= loadExtension(context, registrar));
  const registrar = registerEarly(context.subscriptions, declaredTools(context.extension), load);
  context.subscriptions.push(whenJournalAppears(load));
  return lazyApi(load);
}

export function deactivate(): void {
  loaded?.exports.deactivate();
  loaded?.save();
}

function loadExtension(context: vscode.ExtensionContext, registrar: Registrar): SideProjectApi {
  const storage = context.globalStorageUri;
  const cacheDir = storage.scheme === 'file' ? join(storage.fsPath, 'compile-cache') : undefined;
  const bundle = join(__dirname, 'extension.js');
  const started = performance.now();
  loaded = loadWithCompileCache<typeof Extension>(bundle, cacheDir, require);
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
function lazyApi(load: () => SideProjectApi): SideProjectApi {
  return new Proxy({} as SideProjectApi, {
    get: (_, key) => {
      if (key === 'then') return undefined;
      if (START_FACTS.has(key)) return api?.[key as keyof SideProjectApi];
      return load()[key as keyof SideProjectApi];
    },
  });
}
