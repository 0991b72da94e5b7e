// The Node extension host's extension (dist/extension.js), which src/start.node.ts loads: the host with the
// local disk, and the on-demand bundle beside this one.
import { join } from 'node:path';
import sharedModules from 'side-project:shared-modules';
import type * as vscode from 'vscode';
import { loadWithCompileCache } from './compileCache';
import { activateIn, type SideProjectApi } from './extension';
import type * as OnDemand from './onDemand';
import { ON_DEMAND_FILE, onDemandLoader } from './onDemandLoader';
import { appendToLocalFile, createNewFile, isInsideFolder, nodeRuntime } from './vscode/localFile';
import type { Registrar } from './vscode/registrar';

/** dist/on-demand.js, read from the disk at its first use. */
const loadOnDemand = onDemandLoader(sharedModules, async (requireFromBundle) => {
  // No code cache: the cache folder is the extension bundle's alone (compileCache.ts clears it of others).
  const file = join(__dirname, ON_DEMAND_FILE);
  return loadWithCompileCache<typeof OnDemand>(file, undefined, requireFromBundle).exports;
});

/** `registrar`: the forwarders src/start.node.ts registered before it loaded this bundle. */
export function activate(context: vscode.ExtensionContext, registrar: Registrar): SideProjectApi {
  return activateIn(context, {
    localFiles: { isInsideFolder, append: appendToLocalFile, createNewFile, nodeRuntime: () => nodeRuntime() },
    pinnedNow: process.env.SIDE_PROJECT_NOW,
    onDemand: loadOnDemand,
    registrar,
  });
}

export function deactivate(): void {}
