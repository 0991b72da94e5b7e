// Entry point VS Code loads as `extensionTestsPath`: runs the *.test.js files of the suite named by
// SIDE_PROJECT_TEST_SUITE (a folder beside this file, one per kind of workspace), or of every folder when
// the variable is unset, and rejects when any test fails so the runner exits non-zero.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

const SUITE_FOLDERS: Record<string, string> = {
  'with-journal': 'withJournal',
  'empty-folder': 'emptyFolder',
  'multi-root': 'multiRoot',
  'outside-path': 'outsidePath',
  restricted: 'restricted',
  'custom-path': 'customPath',
  'journal-appears': 'journalAppears',
  git: 'git',
  'git-disabled': 'gitDisabled',
  german: 'german',
};

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 20_000 });
  const grep = process.env.SIDE_PROJECT_TEST_GREP;
  if (grep) mocha.grep(grep);
  const suite = process.env.SIDE_PROJECT_TEST_SUITE;
  const folder = suite ? path.join(__dirname, SUITE_FOLDERS[suite] ?? suite) : __dirname;
  const files = fs
    .readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  if (files.length === 0) return Promise.reject(new Error(`no tests for suite ${suite} in ${folder}`));
  for (const f of files) mocha.addFile(path.join(folder, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
