// The Node extension host's extension (dist/extension.js), which src/start.node.ts loads: the host with the
// local disk, and the on-demand bundle beside this one.
import * as path from 'node:path';
import sharedModules from 'side-project:shared-modules';
import type * as vscode from 'vscode';
import { loadWithCompileCache } from './compileCache';
import { activateIn, type SideProjectApi } from './extension';
import type * as OnDemand from './onDemand';
import { appendToLocalFile, createNewFile, isInsideFolder, nodeRuntime } from './vscode/localFile';

/** The on-demand bundle's file, beside this one (scripts/bundleOptions.mjs builds it). */
const ON_DEMAND_FILE = 'on-demand.js';
/** How the on-demand bundle names a module it shares with this one (scripts/bundleOptions.mjs, onDemandSharing). */
const SHARED_PREFIX = 'side-project:shared/';

let onDemand: { exports: typeof OnDemand } | { failure: Error } | undefined;

/**
 * Loads dist/on-demand.js once; its requires of shared modules get this bundle's own instances. A load that
 * fails is remembered and said again, never run a second time: a half-run bundle's state would be two.
 */
function loadOnDemand(): typeof OnDemand {
  onDemand ??= load();
  if ('failure' in onDemand) throw onDemand.failure;
  return onDemand.exports;
}

function load(): { exports: typeof OnDemand } | { failure: Error } {
  const handedOver = new Map<string, unknown>();
  const requireShared = (id: string): unknown => {
    // Anything else (`vscode`) resolves as it does for this bundle.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    if (!id.startsWith(SHARED_PREFIX)) return require(id);
    const key = id.slice(SHARED_PREFIX.length);
    const handOver = sharedModules[key];
    if (handOver === undefined) throw new Error(`${ON_DEMAND_FILE} needs ${key}, which this build does not share`);
    if (!handedOver.has(key)) handedOver.set(key, handOver());
    return handedOver.get(key);
  };
  try {
    // No code cache: the cache folder is the extension bundle's alone (compileCache.ts clears it of others).
    const file = path.join(__dirname, ON_DEMAND_FILE);
    return { exports: loadWithCompileCache<typeof OnDemand>(file, undefined, requireShared).exports };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      failure: new Error(
        `Side Project Journal could not load ${ON_DEMAND_FILE} (${reason}): reinstalling the extension restores it.`,
      ),
    };
  }
}

export function activate(context: vscode.ExtensionContext): SideProjectApi {
  return activateIn(context, {
    localFiles: { isInsideFolder, append: appendToLocalFile, createNewFile, nodeRuntime: () => nodeRuntime() },
    pinnedNow: process.env.SIDE_PROJECT_NOW,
    onDemand: loadOnDemand,
  });
}

export function deactivate(): void {}
