import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../../src/extension';
import { at, eventually, journalPath, putJournal, journalSandbox } from '../helpers';

const journal = [
  '---',
  'project: uptime-bot # mine',
  'started: 2026-11-02',
  '---',
  '',
  '## 2026-11-02 09:14 Phase: design',
  '',
  '## 2026-11-22 02:10 Incident: Database disk full',
  '- Severity: SEV-2',
  '- Status: open',
  '',
  'What happened.',
  '',
].join('\n');

const readRaw = () => fs.readFileSync(journalPath());

/** Makes the journal read-only, also for root (which ignores file modes): `chattr +i` where it can. */
function setReadOnly(readOnly: boolean): void {
  if (process.getuid?.() === 0) execFileSync('chattr', [readOnly ? '+i' : '-i', journalPath()]);
  else fs.chmodSync(journalPath(), readOnly ? 0o444 : 0o644);
}

describe('safe writes', () => {
  const sandbox = journalSandbox({ journal, time: at(2026, 11, 24, 10, 30) });
  let api: SideProjectApi;
  before(() => (api = sandbox.api));

  it('with unsaved edits in an open editor, logDecision keeps both, saves, and leaves the editor clean', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(journalPath()));
    await eventually('the editor to have the file', () => doc.getText() === journal);
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((b) => b.insert(new vscode.Position(11, 0), 'Typed but not saved. '));
    assert.equal(doc.isDirty, true);
    const result = await vscode.commands.executeCommand('sideProject.logDecision', {
      title: 'Add a disk alert',
      status: 'accepted',
    });
    assert.deepEqual(result, { written: true });
    assert.equal(doc.isDirty, false);
    assert.equal(
      fs.readFileSync(journalPath(), 'utf8'),
      journal.replace('What happened.', 'Typed but not saved. What happened.') +
        '\n## 2026-11-24 10:30 Decision: Add a disk alert\n- Status: accepted\n',
    );
  });

  it('refuses to overwrite a file that changed on disk between its read and its write', async () => {
    const store = api.journals.all[0];
    const sneaked = `${journal}\n## 2026-11-23 Note: written by another tool meanwhile\n`;
    await assert.rejects(
      store.edit((_text, parsed) => {
        fs.writeFileSync(journalPath(), sneaked); // lands after the read, before the write
        return [{ offset: parsed.entries[1].start, length: 0, text: 'x' }];
      }),
      (error: Error) =>
        /journal\.md changed on disk while the entry was being written: nothing was overwritten/.test(error.message),
    );
    assert.equal(fs.readFileSync(journalPath(), 'utf8'), sneaked);
  });

  for (const [name, transform] of [
    ['CRLF', (t: string) => t.replace(/\n/g, '\r\n')],
    ['BOM', (t: string) => `\uFEFF${t}`],
    ['no final newline', (t: string) => t.replace(/\n+$/, '')],
  ] as const) {
    it(`keeps a ${name} journal's bytes: an append and in-place edits change only their own`, async () => {
      const start = transform(journal);
      await putJournal(api, start);
      const eol = name === 'CRLF' ? '\r\n' : '\n';
      await vscode.commands.executeCommand('sideProject.logNote', { text: 'Moved backups to a second disk' });
      const note = `${eol}## 2026-11-24 10:30 Note: Moved backups to a second disk`;
      const afterAppend = name === 'no final newline' ? `${start}${eol}${note}` : `${start}${note}${eol}`;
      assert.equal(readRaw().toString('utf8'), afterAppend);
      await api.journals.all[0].refresh();

      await vscode.commands.executeCommand('sideProject.resolveIncident', {
        line: 7,
        rootCause: 'WAL',
        fix: 'Bigger disk',
        lesson: 'Alert at 80%',
      });
      await vscode.commands.executeCommand('sideProject.pause', { until: '2026-12-31' });
      const expected = afterAppend
        .replace(
          `project: uptime-bot # mine${eol}started: 2026-11-02${eol}`,
          `project: uptime-bot # mine${eol}started: 2026-11-02${eol}paused_until: 2026-12-31${eol}`,
        )
        .replace(`- Status: open${eol}`, `- Status: resolved${eol}- Resolved: 2026-11-24 10:30${eol}`)
        .replace(
          `What happened.`,
          `What happened.${eol}${eol}### Resolution${eol}- Root cause: WAL${eol}- Fix: Bigger disk${eol}- Lesson: Alert at 80%`,
        );
      assert.equal(readRaw().toString('utf8'), expected);
      assert.equal(
        readRaw()
          .subarray(0, 3)
          .equals(Buffer.from([0xef, 0xbb, 0xbf])),
        name === 'BOM',
      );
    });
  }

  it('a read-only journal: one clear error naming the file and the cause, and the typed entry kept', async () => {
    const before = readRaw();
    setReadOnly(true);
    try {
      const result = await vscode.commands.executeCommand<{ written: boolean; message?: string; kept?: string }>(
        'sideProject.logNote',
        { text: 'This must not be lost' },
      );
      assert.equal(result?.written, false);
      assert.match(
        result?.message ?? '',
        /^Could not write \.sideproject\/journal\.md: (permission denied \(is the file read-only\?\)|the file system is read-only)$/,
      );
      assert.equal(result?.kept, '## 2026-11-24 10:30 Note: This must not be lost');
      assert.ok(readRaw().equals(before), 'the journal changed');
    } finally {
      setReadOnly(false);
      await vscode.commands.executeCommand('notifications.clearAll');
    }
  });

  it('malformed front matter: entries still append, the charter is not touched, and a diagnostic says why', async () => {
    const broken = journal.replace('project: uptime-bot # mine', 'project: [uptime-bot');
    await putJournal(api, broken);
    const uri = vscode.Uri.file(journalPath());
    await eventually('a diagnostic for the front matter', () =>
      vscode.languages.getDiagnostics(uri).some((d) => /front matter is not valid YAML/.test(d.message)),
    );
    assert.deepEqual(await vscode.commands.executeCommand('sideProject.logNote', { text: 'Still logging' }), {
      written: true,
    });
    assert.equal(fs.readFileSync(journalPath(), 'utf8'), `${broken}\n## 2026-11-24 10:30 Note: Still logging\n`);
    await api.journals.all[0].refresh();
    const paused = await vscode.commands.executeCommand<{ written: boolean; message?: string }>('sideProject.pause', {
      until: '2026-12-31',
    });
    assert.equal(paused?.written, false);
    assert.match(
      paused?.message ?? '',
      /^\.sideproject\/journal\.md was not changed: The charter was not changed: front matter is not valid YAML/,
    );
    assert.equal(fs.readFileSync(journalPath(), 'utf8'), `${broken}\n## 2026-11-24 10:30 Note: Still logging\n`);
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it("the store's own write causes exactly one reload and no further write", async () => {
    const store = api.journals.all[0];
    // The earlier tests' writes may still have a watcher event on its way: start once reads have stopped.
    let last = -1;
    await eventually(
      'the store to be quiet',
      async () => {
        const quiet = store.reads === last;
        last = store.reads;
        if (!quiet) await new Promise((r) => setTimeout(r, 500));
        return quiet;
      },
      10_000,
    );
    const readsBefore = store.reads;
    let changes = 0;
    const listener = store.onDidChange(() => changes++);
    try {
      await vscode.commands.executeCommand('sideProject.logNote', { text: 'One write, one read' });
      const written = fs.statSync(journalPath()).mtimeMs;
      // Long enough for the watcher's echo and the debounce to have come and gone.
      await new Promise((r) => setTimeout(r, 1000));
      assert.equal(store.reads - readsBefore, 1);
      assert.equal(changes, 1);
      assert.equal(fs.statSync(journalPath()).mtimeMs, written);
    } finally {
      listener.dispose();
    }
  });
});
