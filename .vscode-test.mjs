// Runs the same integration suites in desktop VS Code (downloaded by @vscode/test-electron) where the
// machine can reach the VS Code download servers: `npm run test:desktop`. One configuration per workspace,
// as scripts/run-integration.mjs runs them offline; SIDE_PROJECT_TEST_SUITE picks each one's test folder.
import { defineConfig } from '@vscode/test-cli';

const suite = (label, folder, workspaceFolder) => ({
  label,
  files: `out/test/integration/${folder}/**/*.test.js`,
  version: '1.90.0',
  workspaceFolder,
  env: { SIDE_PROJECT_TEST_SUITE: label },
  mocha: { ui: 'bdd', timeout: 20000, color: true },
  launchArgs: ['--disable-extensions'],
});

export default defineConfig([
  suite('with-journal', 'withJournal', './test/fixtures/workspaces/with-journal'),
  suite('empty-folder', 'emptyFolder', './test/fixtures/workspaces/empty'),
  suite('multi-root', 'multiRoot', './test/fixtures/workspaces/multi-root/two.code-workspace'),
]);
