// Flat config: typescript-eslint's recommended rules, plus the boundary that keeps the core pure and the rule
// that keeps command ids in one file.
import { readFileSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The command ids package.json declares (the manifest test holds them equal to the CommandId enum). Only
// these are refused: setting keys, context keys and view ids share the `sideProject.` prefix but are not
// commands.
const manifest = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const commandIds = manifest.contributes.commands.map((c) => c.command.replace(/\./g, '\\.'));
const COMMAND_ID = `/^(${commandIds.join('|')})$/`;
const COMMAND_ID_MESSAGE = 'Write command ids as CommandId members (src/vscode/commands/commandIds.ts).';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'tools/**', '.vscode-test/**', 'examples/**', '*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      curly: ['error', 'multi-line'],
    },
  },
  {
    // The journal core is pure: no editor API, no disk, so it can be tested in plain Node and reused anywhere.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'src/core is pure: VS Code belongs in src/vscode.' },
            { name: 'fs', message: 'src/core is pure: the journal store in src/vscode does the I/O.' },
            { name: 'node:fs', message: 'src/core is pure: the journal store in src/vscode does the I/O.' },
            { name: 'fs/promises', message: 'src/core is pure: the journal store in src/vscode does the I/O.' },
            { name: 'node:fs/promises', message: 'src/core is pure: the journal store in src/vscode does the I/O.' },
          ],
        },
      ],
    },
  },
  {
    // Prettier wraps code at 120 but leaves long strings and comments alone; this keeps them in the width too.
    files: ['src/**/*.ts'],
    rules: { 'max-len': ['error', { code: 120 }] },
  },
  {
    // Command ids are typed once, as CommandId; a raw string would not follow a rename.
    files: ['src/**/*.ts'],
    ignores: ['src/vscode/commands/commandIds.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: `Literal[value=${COMMAND_ID}]`, message: COMMAND_ID_MESSAGE },
        { selector: `TemplateElement[value.cooked=${COMMAND_ID}]`, message: COMMAND_ID_MESSAGE },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The dashboard's script runs in the webview.
    files: ['media/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, acquireVsCodeApi: 'readonly' } },
  },
  {
    // Scripts that run inside the browser page (Playwright's evaluate) see the page's globals.
    files: ['test/e2e/**/*.ts', 'test/e2e/**/*.mjs', 'scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
