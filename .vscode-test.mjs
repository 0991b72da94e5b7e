// Runs the same integration suite in desktop VS Code (downloaded by @vscode/test-electron) where the
// machine can reach the VS Code download servers: `npm run test:desktop`.
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  files: 'out/test/integration/**/*.test.js',
  version: '1.90.0',
  workspaceFolder: './test/fixtures/workspaces/with-journal',
  mocha: { ui: 'bdd', timeout: 20000, color: true },
  launchArgs: ['--disable-extensions'],
});
