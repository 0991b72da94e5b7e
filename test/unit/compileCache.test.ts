// The Node host's start (src/start.node.ts) loads the extension's bundle through V8's code cache: a real
// file, a real cache directory, and V8 deciding whether the cache fits.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadWithCompileCache } from '../../src/compileCache';

interface Probe {
  join(...parts: string[]): string;
  where: string;
  fail(): void;
}

const MODULE = [
  "const path = require('node:path');",
  'exports.join = (...parts) => path.join(...parts);',
  'exports.where = __filename;',
  "exports.fail = () => { throw new Error('from line 4'); };",
].join('\n');

const LOADER = require.resolve('../../src/compileCache');

/**
 * Each start is a new process, as each window's extension host is: within one process V8 keeps what it
 * compiled and would not even look at a cache. Loads `bundle`, then saves the cache when asked; returns what
 * the load said.
 */
function start(bundle: string, cacheDir: string | undefined, save = true): { cache: string; saved: string | null } {
  const script = `
    const { loadWithCompileCache } = require(${JSON.stringify(LOADER)});
    const loaded = loadWithCompileCache(${JSON.stringify(bundle)}, ${JSON.stringify(cacheDir)}, require);
    if (loaded.exports.join('a', 'b') !== require('node:path').join('a', 'b')) throw new Error('did not run');
    const saved = ${save} ? loaded.save() ?? null : null;
    process.stdout.write(JSON.stringify({ cache: loaded.cache, saved }));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as {
    cache: string;
    saved: string | null;
  };
}

describe('loading a bundle through the compile cache', function () {
  this.timeout(20_000);
  let dir: string;
  let bundle: string;
  let cacheDir: string;
  const cacheFiles = () => (fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir) : []);

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spj-compile-cache-'));
    bundle = path.join(dir, 'bundle.js');
    cacheDir = path.join(dir, 'storage', 'compile-cache');
    fs.writeFileSync(bundle, MODULE);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('compiles without a cache the first time, writes one, and the next start uses it', () => {
    const first = loadWithCompileCache<Probe>(bundle, cacheDir, require);
    assert.equal(first.cache, 'missing');
    assert.equal(first.exports.join('a', 'b'), path.join('a', 'b'), "the module runs with the caller's require");
    assert.equal(first.exports.where, bundle);
    const written = first.save();
    assert.ok(written && fs.existsSync(written));
    assert.equal(first.save(), undefined, 'written once');
    assert.deepEqual(start(bundle, cacheDir), { cache: 'used', saved: null });
  });

  it('keeps the bundle its own lines, so a stack trace points where the code is', () => {
    const loaded = loadWithCompileCache<Probe>(bundle, cacheDir, require);
    assert.throws(
      () => loaded.exports.fail(),
      (e: Error) => (e.stack ?? '').includes(`${bundle}:4:`),
    );
  });

  it('a new build gets a new cache, and the old one and any leftover part are removed', () => {
    assert.equal(start(bundle, cacheDir).cache, 'missing');
    const [old] = cacheFiles();
    fs.writeFileSync(path.join(cacheDir, `${old}.999.partial`), 'what a crash left');
    fs.writeFileSync(bundle, `${MODULE}\nexports.extra = 1;`);
    assert.equal(start(bundle, cacheDir).cache, 'missing');
    assert.equal(cacheFiles().length, 1);
    assert.notEqual(cacheFiles()[0], old);
    assert.equal(start(bundle, cacheDir).cache, 'used');
  });

  it('a damaged cache is refused by V8: the bundle compiles from source and the cache is written again', () => {
    const { saved } = start(bundle, cacheDir);
    assert.ok(saved);
    fs.writeFileSync(saved, Buffer.from('not a code cache at all'));
    assert.deepEqual(start(bundle, cacheDir), { cache: 'rejected', saved });
    assert.equal(start(bundle, cacheDir).cache, 'used');
  });

  it('loads the same without a place for the cache, or with one it cannot write', () => {
    const without = loadWithCompileCache<Probe>(bundle, undefined, require);
    assert.equal(without.cache, 'missing');
    assert.equal(without.save(), undefined);
    const blocked = path.join(dir, 'a-file');
    fs.writeFileSync(blocked, 'in the way');
    const unwritable = loadWithCompileCache<Probe>(bundle, path.join(blocked, 'compile-cache'), require);
    assert.equal(unwritable.exports.join('e'), 'e');
    assert.equal(unwritable.save(), undefined);
  });
});
