import * as assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { keepClassShape } from '../../../../src/core/read/classShapes';

/** A full garbage collection, by V8's own function (Node exposes it only behind a flag). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** A WeakRef to an object of a class of its own, made out of reach of the caller's scope. */
function weakInstance(keep: boolean): WeakRef<object> {
  class Reader {
    readonly offset = 0;
  }
  const instance = new Reader();
  if (keep) keepClassShape(instance);
  return new WeakRef(instance);
}

describe('keepClassShape', () => {
  it('keeps an instance alive through a full garbage collection, where one not kept is collected', async () => {
    const kept = weakInstance(true);
    const dropped = weakInstance(false);
    // A WeakRef holds its target until the current job ends.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    assert.notEqual(kept.deref(), undefined);
    assert.equal(dropped.deref(), undefined);
  });
});
