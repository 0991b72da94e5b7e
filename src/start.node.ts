// The entry point in the Node extension host (package.json `main`): a few lines that load the extension's
// bundle (dist/extension.js, from extension.node.ts) through V8's code cache, kept in the extension's global
// storage, and hand activation to it. The cache is written two seconds after a start that had none, or when
// the window closes before that.
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { loadWithCompileCache, type CachedLoad } from './compileCache';
import type * as Extension from './extension.node';

/** After activation, long enough for the first journal load, the tree and the counter to have compiled. */
const SAVE_CACHE_AFTER_MS = 2000;

let loaded: CachedLoad<typeof Extension> | undefined;

export function activate(context: vscode.ExtensionContext): ReturnType<typeof Extension.activate> {
  const storage = context.globalStorageUri;
  const cacheDir = storage.scheme === 'file' ? path.join(storage.fsPath, 'compile-cache') : undefined;
  const bundle = path.join(__dirname, 'extension.js');
  const started = performance.now();
  loaded = loadWithCompileCache<typeof Extension>(bundle, cacheDir, require);
  const bundleLoaded = performance.now();
  const api = loaded.exports.activate(context);
  api.compileCache = loaded.cache;
  api.startTimes = { bundleMs: bundleLoaded - started, activateMs: performance.now() - bundleLoaded };
  if (cacheDir && loaded.cache !== 'used') {
    const timer = setTimeout(() => loaded?.save(), SAVE_CACHE_AFTER_MS);
    context.subscriptions.push({ dispose: () => clearTimeout(timer) });
  }
  return api;
}

export function deactivate(): void {
  loaded?.exports.deactivate();
  loaded?.save();
}
