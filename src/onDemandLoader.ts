// How either host's extension bundle loads the on-demand bundle beside it (src/onDemand.ts, built by
// scripts/bundleOptions.mjs) at its first use: extension.node.ts reads the file from the disk, extension.web.ts
// fetches it; both hand it the same require. No Node and no `vscode` import here, so both bundles hold it.

/** The on-demand bundle's file, beside the extension bundle (dist/, dist/web/). */
export const ON_DEMAND_FILE = 'on-demand.js';
/** How the on-demand bundle names a module it shares with this one (scripts/bundleOptions.mjs, onDemandSharing). */
const SHARED_PREFIX = 'side-project:shared/';

/** A CommonJS `require`. */
export type Require = (id: string) => unknown;

/**
 * What the extension bundle hands over, by each module's path from the root: a function that gives the names
 * the on-demand bundle uses (the virtual module `side-project:shared-modules`, src/sharedModules.d.ts).
 */
export type SharedModules = Readonly<Record<string, () => unknown>>;

/**
 * Loads the on-demand bundle at the first call, never again: `evaluate` runs its code with the require it is
 * given and returns its exports. A load that fails is remembered and said again, never run a second time: a
 * half-run bundle's state would be two.
 */
export function onDemandLoader<T>(
  shared: SharedModules,
  evaluate: (requireFromBundle: Require) => Promise<T>,
): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load(shared, evaluate));
}

async function load<T>(shared: SharedModules, evaluate: (requireFromBundle: Require) => Promise<T>): Promise<T> {
  try {
    return await evaluate(requireShared(shared));
  } catch (error) {
    throw loadFailure(ON_DEMAND_FILE, error);
  }
}

/** What the user is told when one of the extension's own bundles fails to load (this one, or the Node start's). */
export function loadFailure(file: string, error: unknown): Error {
  const reason = error instanceof Error ? error.message : String(error);
  return new Error(`Side Project Journal could not load ${file} (${reason}): reinstalling the extension restores it.`);
}

/**
 * The on-demand bundle's require: a shared module is this bundle's own instance, so it is compiled once and its
 * state (the display language, caches, the question event) exists once; anything else (`vscode`) resolves as it
 * does for this bundle, which both hosts run as a CommonJS module.
 */
function requireShared(shared: SharedModules): Require {
  const handedOver = new Map<string, unknown>();
  return (id) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    if (!id.startsWith(SHARED_PREFIX)) return require(id);
    const key = id.slice(SHARED_PREFIX.length);
    const handOver = shared[key];
    if (handOver === undefined) throw new Error(`${ON_DEMAND_FILE} needs ${key}, which this build does not share`);
    if (!handedOver.has(key)) handedOver.set(key, handOver());
    return handedOver.get(key);
  };
}
