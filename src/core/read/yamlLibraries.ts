// gray-matter and js-yaml, loaded at the first charter read or write rather than with the extension. They are
// a third of the extension's code, and js-yaml builds its schemas as it loads: the extension host compiled
// and ran them on every start before activate(), though no charter is read until after it. In the
// extension's build they are a bundle of their own that this require loads (yamlOnDemand in
// scripts/bundleOptions.mjs).
import type * as YamlModules from './yamlModules';

let loaded: typeof YamlModules | undefined;

export function yamlLibraries(): typeof YamlModules {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a require is what lets them load late
  loaded ??= require('./yamlModules') as typeof YamlModules;
  return loaded;
}
