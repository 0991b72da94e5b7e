import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { mayHaveLocalJournal } from '../../../src/vscode/localJournalPresence';

// What decides whether the Node host's start loads the extension in a folder: on real files in a temp folder.
describe('whether a local folder may have a journal', () => {
  let folder: string;
  beforeEach(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'spj-presence-'))));
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  const put = (relative: string, text = '# a journal\n') => {
    fs.mkdirSync(path.dirname(path.join(folder, relative)), { recursive: true });
    fs.writeFileSync(path.join(folder, relative), text);
  };

  it('no: nothing at the path, or only its folder', () => {
    assert.equal(mayHaveLocalJournal(folder, '.sideproject/journal.md'), false);
    fs.mkdirSync(path.join(folder, '.sideproject'));
    assert.equal(mayHaveLocalJournal(folder, '.sideproject/journal.md'), false);
  });

  it('yes: a journal where the setting says, and only there', () => {
    put('docs/journal.md');
    assert.equal(mayHaveLocalJournal(folder, 'docs/journal.md'), true);
    assert.equal(mayHaveLocalJournal(folder, '.sideproject/journal.md'), false);
  });

  it('yes: a symbolic link, even one that leads nowhere, for the extension to report', () => {
    fs.mkdirSync(path.join(folder, '.sideproject'));
    fs.symlinkSync(path.join(folder, 'gone.md'), path.join(folder, '.sideproject', 'journal.md'));
    assert.equal(mayHaveLocalJournal(folder, '.sideproject/journal.md'), true);
  });

  it('yes: a file where a folder of the path should be, for the extension to report', () => {
    put('.sideproject', 'not a folder');
    assert.equal(mayHaveLocalJournal(folder, '.sideproject/journal.md'), true);
  });

  it('yes, without looking: a path the extension must refuse, whatever is there', () => {
    for (const refused of ['../journal.md', '/etc/journal.md', 'docs/../../journal.md']) {
      assert.equal(mayHaveLocalJournal(folder, refused), true, refused);
    }
  });
});
