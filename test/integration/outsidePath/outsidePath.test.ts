// A workspace whose own settings or symbolic links point the journal outside the folder: every command
// refuses with a message and nothing is written anywhere outside it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../../src/extension';
import { at, extensionApi, folder } from '../helpers';

const OUTSIDE_JOURNAL = '---\nproject: somebody else\n---\n\n## 2026-11-02 Phase: design\n';

describe('a journal outside the workspace folder', () => {
  let api: SideProjectApi;
  let root: string;
  let outside: string;
  const config = () => vscode.workspace.getConfiguration('sideProject', folder().uri);
  const logNote = () =>
    vscode.commands.executeCommand<{ written: boolean }>('sideProject.logNote', { text: 'Worked on the checker' });
  const startJournal = () =>
    vscode.commands.executeCommand<{ written: boolean }>('sideProject.startJournal', {
      project: 'mine',
      learningGoal: 'x',
      definitionOfDone: 'y',
      launchTarget: '2026-12-24',
      open: false,
    });

  before(async () => {
    api = await extensionApi();
    root = folder().uri.fsPath;
    outside = path.join(path.dirname(root), 'outside');
  });

  beforeEach(() => {
    api.clock.set(at(2026, 11, 24, 10, 30));
    fs.mkdirSync(outside, { recursive: true });
    fs.writeFileSync(path.join(outside, 'journal.md'), OUTSIDE_JOURNAL);
  });

  afterEach(async () => {
    api.clock.set(undefined);
    fs.rmSync(path.join(root, '.sideproject'), { recursive: true, force: true });
    fs.rmSync(path.join(root, 'docs'), { recursive: true, force: true });
    await config().update('journalPath', '../outside/journal.md', vscode.ConfigurationTarget.Workspace);
  });

  /** The files outside the folder exactly as the test left them, and no journal made inside. */
  function assertNothingWritten(): void {
    assert.deepEqual(fs.readdirSync(outside), ['journal.md']);
    assert.equal(fs.readFileSync(path.join(outside, 'journal.md'), 'utf8'), OUTSIDE_JOURNAL);
  }

  it('refuses a path that climbs out with "..", from the workspace settings', async () => {
    assert.equal(
      config().get('journalPath'),
      '../outside/journal.md',
      'the workspace setting is applied (a trusted workspace)',
    );
    const store = api.journals.all[0];
    assert.match(
      (await store.refusal()) ?? '',
      /"\.\.\/outside\/journal\.md" \(sideProject\.journalPath\) must be a path inside the workspace folder, without "\.\."/,
    );
    assert.equal(await store.load(), undefined, 'the journal outside is not read either');
    assert.equal((await logNote()).written, false);
    assert.equal((await startJournal()).written, false);
    assert.equal(
      (await vscode.commands.executeCommand<{ written: boolean }>('sideProject.pause', { until: '2027-01-10' }))
        .written,
      false,
    );
    assertNothingWritten();
    await assert.rejects(
      store.append({ kind: 'note', date: '2026-11-24', title: 'x' }),
      /Nothing was written: The journal path/,
    );
    assertNothingWritten();
  });

  it('refuses an absolute path', async () => {
    await config().update('journalPath', path.join(outside, 'journal.md'), vscode.ConfigurationTarget.Workspace);
    assert.match((await api.journals.all[0].refusal()) ?? '', /not an absolute one/);
    assert.equal((await logNote()).written, false);
    assert.equal((await startJournal()).written, false);
    assertNothingWritten();
  });

  it('refuses a journal.md that is a symbolic link to a file outside the folder', async () => {
    await config().update('journalPath', undefined, vscode.ConfigurationTarget.Workspace);
    fs.mkdirSync(path.join(root, '.sideproject'));
    fs.symlinkSync(path.join(outside, 'journal.md'), path.join(root, '.sideproject', 'journal.md'));
    const store = api.journals.all[0];
    assert.match(
      (await store.refusal()) ?? '',
      /\.sideproject\/journal\.md leads outside the folder .* \(through a symbolic link\)/,
    );
    assert.equal((await logNote()).written, false);
    assert.equal((await startJournal()).written, false);
    assertNothingWritten();
  });

  it('refuses a .sideproject folder that is a symbolic link out, and a dangling link', async () => {
    await config().update('journalPath', undefined, vscode.ConfigurationTarget.Workspace);
    fs.symlinkSync(outside, path.join(root, '.sideproject'));
    assert.equal((await logNote()).written, false);
    assertNothingWritten();
    fs.rmSync(path.join(root, '.sideproject'));
    // A link to a file that does not exist yet: a write would create it out there.
    fs.mkdirSync(path.join(root, '.sideproject'));
    fs.symlinkSync(path.join(outside, 'new.md'), path.join(root, '.sideproject', 'journal.md'));
    assert.match((await api.journals.all[0].refusal()) ?? '', /leads outside the folder/);
    assert.equal((await startJournal()).written, false);
    assertNothingWritten();
  });

  it('still writes through a symbolic link that stays inside the folder', async () => {
    await config().update('journalPath', undefined, vscode.ConfigurationTarget.Workspace);
    fs.mkdirSync(path.join(root, 'docs'));
    fs.writeFileSync(path.join(root, 'docs', 'journal.md'), OUTSIDE_JOURNAL);
    fs.mkdirSync(path.join(root, '.sideproject'));
    fs.symlinkSync(path.join('..', 'docs', 'journal.md'), path.join(root, '.sideproject', 'journal.md'));
    const store = api.journals.all[0];
    assert.equal(await store.refusal(), undefined);
    await store.refresh();
    assert.deepEqual(await logNote(), { written: true });
    assert.equal(
      fs.readFileSync(path.join(root, 'docs', 'journal.md'), 'utf8'),
      `${OUTSIDE_JOURNAL}\n## 2026-11-24 10:30 Note: Worked on the checker\n`,
    );
    assertNothingWritten();
  });
});
