// Entry point the web worker extension host loads as `extensionTestsPath` (bundled into one CommonJS file by
// webTestsBundleOptions in scripts/bundleOptions.mjs: that host evaluates a single script and resolves only
// `vscode`). Mocha's browser build, then the test files, in this order: they call `describe` as they load.
/* eslint-disable @typescript-eslint/no-require-imports -- requires, not imports, so that they run in order */
require('mocha/mocha.js');
mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 20_000 });
require('./webHost.test');
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * The line that ends the run for scripts/run-integration.mjs. In this host no end arrives on its own: mocha's
 * browser build reports its summary but calls back neither run()'s callback nor the runner's `end` listeners
 * added after it started (so VS Code never hears that the tests ended), and code-server 4.100.3 reports no exit
 * for a web worker host. Root hooks do run: the last one counts the failed tests and says so.
 */
export const END_LINE = 'side-project web tests ended, failures:';

let failures = 0;
afterEach(function () {
  if (this.currentTest?.state === 'failed') failures++;
});
after(() => console.log(`${END_LINE} ${failures}`));

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.run((failed) => (failed > 0 ? reject(new Error(`${failed} web test(s) failed`)) : resolve()));
  });
}
