// A journal that is not UTF-8 is shown as well as it can be and never written: one Latin-1 byte far from
// an edit, or a UTF-16 file, must not be turned into UTF-8 bytes the user never typed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../../src/extension';
import { at, eventually, journalPath, journalSandbox } from '../helpers';

const journal = [
  '---',
  'project: café-bot',
  'started: 2026-11-02',
  '---',
  '',
  '## 2026-11-02 09:14 Phase: design',
  '',
  '## 2026-11-22 02:10 Incident: Database disk full',
  '- Severity: SEV-2',
  '- Status: open',
  '',
].join('\r\n');

describe('journals that are not UTF-8', () => {
  const sandbox = journalSandbox({ time: at(2026, 11, 24, 10, 30) });
  let api: SideProjectApi;
  before(() => (api = sandbox.api));

  async function put(bytes: Buffer): Promise<void> {
    fs.writeFileSync(journalPath(), bytes);
    const store = api.journals.all[0];
    await store.refresh();
    await eventually('the store to read the journal', () => store.current?.journal.entries.length === 2);
  }

  async function assertRefused(bytes: Buffer, reason: RegExp): Promise<void> {
    const note = await vscode.commands.executeCommand<{ written: boolean; message?: string; kept?: string }>(
      'sideProject.logNote',
      { text: 'Worked on the checker' },
    );
    assert.equal(note.written, false);
    assert.match(note.message ?? '', reason);
    assert.match(note.kept ?? '', /Note: Worked on the checker/, 'what the user typed is kept');
    const resolved = await vscode.commands.executeCommand<{ written: boolean; message?: string }>(
      'sideProject.resolveIncident',
      {
        line: 7,
        rootCause: 'a',
        fix: 'b',
        lesson: 'c',
      },
    );
    assert.equal(resolved.written, false);
    assert.match(resolved.message ?? '', reason);
    assert.deepEqual(fs.readFileSync(journalPath()), bytes, 'not one byte changed');
  }

  it('shows a Latin-1 journal, says why it is read only, and writes nothing to it', async () => {
    const bytes = Buffer.from(journal, 'latin1'); // "café" as the single byte E9
    await put(bytes);
    const store = api.journals.all[0];
    assert.match(store.current?.readOnly ?? '', /not valid UTF-8 \(line 2 is not\)/);
    await eventually('a Problems entry at the first line', () =>
      vscode.languages
        .getDiagnostics(store.uri)
        .some((d) => d.range.start.line === 0 && /Read only: the file is not valid UTF-8/.test(d.message)),
    );
    await assertRefused(bytes, /Nothing was written: the file is not valid UTF-8/);
  });

  it('reads a UTF-16 journal written by PowerShell, and writes nothing to it', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(journal, 'utf16le')]);
    await put(bytes);
    assert.equal(api.journals.all[0].current?.journal.charter.project, 'café-bot');
    await assertRefused(bytes, /Nothing was written: the file is UTF-16LE/);
  });
});
