// Loads a CommonJS bundle with V8's code cache, the way VS Code loads its own code. The extension host
// compiles every byte of a bundle before activate() can run: about 9 ms for this extension's on every start.
// Compiled from the cache of an earlier start it takes a fraction of that. The cache is only ever a speed-up:
// V8 itself refuses data that does not fit the source and its flags (the bundle then compiles as it always
// did), and any file-system trouble with the cache leaves the bundle loading without one.
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

export interface CachedLoad<T> {
  readonly exports: T;
  /** Whether this load compiled from a cache: `used`, or why not. */
  readonly cache: 'used' | 'missing' | 'rejected';
  /**
   * Writes the cache from what V8 has compiled so far (call it once the code has run for a while, so the
   * functions it compiled lazily are in it too), replacing caches of other builds. Does nothing after a load
   * that used a cache, or once it has written one. Returns the file written, or undefined; never throws.
   */
  save(): string | undefined;
}

/** The CommonJS module wrapper, on a line of its own so the bundle's lines and columns stay as they are. */
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) {\n';
const WRAPPER_END = '\n})';

/**
 * Loads `file` as a CommonJS module whose `require` is `requireFrom` (the caller's, so `vscode` and files
 * beside the bundle resolve as they would for it), with a code cache kept in `cacheDir` (none without one).
 */
export function loadWithCompileCache<T>(
  file: string,
  cacheDir: string | undefined,
  requireFrom: (id: string) => unknown,
): CachedLoad<T> {
  const source = readFileSync(file, 'utf8');
  const cacheFile = cacheDir && join(cacheDir, `${cacheKey(file, statSync(file))}.cache`);
  const cachedData = cacheFile ? readIfPresent(cacheFile) : undefined;
  const script = new Script(WRAPPER_START + source + WRAPPER_END, {
    filename: file,
    lineOffset: -1,
    cachedData,
  });
  const cache = cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';
  const module = { exports: {} as T };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, requireFrom, module, file, dirname(file));
  let saved = cache === 'used';
  return {
    get exports() {
      return module.exports;
    },
    cache,
    save() {
      if (saved || !cacheDir || !cacheFile) return undefined;
      saved = true;
      return writeCache(cacheDir, cacheFile, script.createCachedData());
    },
  };
}

/**
 * The bundle's file name, the V8 version and the file's size and time: a new build or a new VS Code gets a
 * new cache. V8 checks the source's length and its flags too, not its bytes, so the key must say the build.
 */
function cacheKey(file: string, stat: { size: number; mtimeMs: number }): string {
  return `${basename(file)}-v8-${process.versions.v8}-${stat.size}-${Math.floor(stat.mtimeMs)}`;
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function writeCache(dir: string, file: string, data: Buffer): string | undefined {
  try {
    mkdirSync(dir, { recursive: true });
    // Written aside and renamed, so a start that reads the cache meanwhile sees a whole one or none.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, data);
    renameSync(partial, file);
    // The folder is the cache's alone: an older build's cache, or a part a crash left, goes.
    for (const other of readdirSync(dir)) {
      if (join(dir, other) !== file) rmSync(join(dir, other), { force: true });
    }
    return file;
  } catch {
    return undefined;
  }
}
