// How both hosts load their on-demand bundle (src/onDemandLoader.ts): once, with the extension bundle's own
// modules handed over, and a failed load said the same way at every use, never run again.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { onDemandLoader, type Require } from '../../src/onDemandLoader';

const FAILURE =
  /^Side Project Journal could not load on-demand\.js \((.*)\): reinstalling the extension restores it\.$/;

describe('loading the on-demand bundle', () => {
  it('runs the bundle once, at the first use, however many uses come before it has loaded', async () => {
    let runs = 0;
    const exports = { TOOLS: [] };
    const load = onDemandLoader({}, async () => {
      runs++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return exports;
    });
    assert.equal(runs, 0, 'nothing loads before the first use');
    const [first, second] = await Promise.all([load(), load()]);
    assert.equal(await load(), exports);
    assert.ok(first === exports && second === exports);
    assert.equal(runs, 1);
  });

  it("hands over this bundle's instance of each shared module, made once, and any other as required here", async () => {
    let made = 0;
    const journalModule = { parseJournal: () => 'parsed' };
    const shared = {
      'src/core/read/parseJournal.ts': () => {
        made++;
        return journalModule;
      },
    };
    let requireFromBundle: Require | undefined;
    await onDemandLoader(shared, async (require) => (requireFromBundle = require))();
    assert.ok(requireFromBundle);
    assert.equal(requireFromBundle('side-project:shared/src/core/read/parseJournal.ts'), journalModule);
    assert.equal(requireFromBundle('side-project:shared/src/core/read/parseJournal.ts'), journalModule);
    assert.equal(made, 1, 'handed over once');
    const other = requireFromBundle('node:path') as typeof path;
    assert.equal(other.join, path.join, 'another module (in a host: `vscode`) as this bundle has it');
  });

  it('says what failed and how to restore it, again at every use, without running the bundle again', async () => {
    let runs = 0;
    const load = onDemandLoader({}, async (require) => {
      runs++;
      return require('side-project:shared/src/core/gone.ts');
    });
    const reason = 'on-demand.js needs src/core/gone.ts, which this build does not share';
    for (let use = 0; use < 2; use++) {
      await assert.rejects(load(), (error: Error) => FAILURE.exec(error.message)?.[1] === reason);
    }
    assert.equal(runs, 1);
  });

  it('gives the reason a fetch or the evaluation gave', async () => {
    const load = onDemandLoader({}, () => Promise.reject(new Error('404 Not Found')));
    await assert.rejects(load(), (error: Error) => FAILURE.exec(error.message)?.[1] === '404 Not Found');
  });
});
