import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  applyEdits,
  EntryNotFoundError,
  InvalidEntryError,
  parseJournal,
  resolveIncident,
  setDecisionStatus,
  setMetadata,
} from '../../../../src/core';

const example = fs.readFileSync(
  path.join(__dirname, '../../../../../test/fixtures/journals/format-example.md'),
  'utf8',
);

/** Asserts that only the bytes between `from` and `to` (offsets in the old text) changed. */
function assertOnlyChanged(before: string, after: string, from: number, to: number) {
  assert.equal(after.slice(0, from), before.slice(0, from), 'a byte before the entry changed');
  assert.equal(after.slice(after.length - (before.length - to)), before.slice(to), 'a byte after the entry changed');
}

describe('in-place edits', () => {
  const openIncident = [
    '## 2026-11-22 02:10 Incident: Database disk full',
    '- Severity: SEV-2',
    '- Status: open',
    '',
    'What happened.   ',
    '',
    '## 2026-11-23 Note: after',
    '',
  ].join('\n');

  it('resolveIncident sets Status and Resolved in the metadata and adds the resolution at the end of the entry', () => {
    const journal = parseJournal(openIncident);
    const edits = resolveIncident(openIncident, journal, journal.entries[0], {
      date: '2026-11-22',
      time: '03:40',
      rootCause: 'WAL filled the disk',
      fix: 'Bigger volume',
      lesson: 'Alert at 80%',
    });
    const after = applyEdits(openIncident, edits);
    assert.equal(
      after,
      [
        '## 2026-11-22 02:10 Incident: Database disk full',
        '- Severity: SEV-2',
        '- Status: resolved',
        '- Resolved: 2026-11-22 03:40',
        '',
        'What happened.   ',
        '',
        '### Resolution',
        '- Root cause: WAL filled the disk',
        '- Fix: Bigger volume',
        '- Lesson: Alert at 80%',
        '',
        '## 2026-11-23 Note: after',
        '',
      ].join('\n'),
    );
    assertOnlyChanged(openIncident, after, journal.entries[0].start, journal.entries[0].end);
    assert.deepEqual(
      parseJournal(after).entries[0].metadata.map((m) => [m.key, m.value]),
      [
        ['Severity', 'SEV-2'],
        ['Status', 'resolved'],
        ['Resolved', '2026-11-22 03:40'],
      ],
    );
  });

  it('resolves an incident with no metadata, last in a CRLF file without a final newline', () => {
    const text = '# x\r\n\r\n## 2026-11-22 Incident: down';
    const journal = parseJournal(text);
    const after = applyEdits(
      text,
      resolveIncident(text, journal, journal.entries[0], { date: '2026-11-22', time: '05:00', fix: 'restart' }),
    );
    assert.equal(
      after,
      '# x\r\n\r\n## 2026-11-22 Incident: down\r\n- Status: resolved\r\n- Resolved: 2026-11-22 05:00\r\n\r\n### Resolution\r\n- Fix: restart',
    );
  });

  it('closes a fence the last incident left open before adding its resolution', () => {
    const text = '## 2026-11-22 Incident: down\n- Status: open\n\n```\nlog line\n';
    const journal = parseJournal(text);
    const after = applyEdits(
      text,
      resolveIncident(text, journal, journal.entries[0], { date: '2026-11-22', time: '05:00', lesson: 'read logs' }),
    );
    assert.ok(after.endsWith('log line\n```\n\n### Resolution\n- Lesson: read logs\n'), after);
    assert.equal(parseJournal(after).openBlockAtEnd, undefined);
  });

  it('setDecisionStatus changes one line and nothing else, keeping the key as the user spelt it', () => {
    const text = example.replace('- Status: accepted', '- status: accepted');
    const journal = parseJournal(text);
    const decision = journal.entries[1];
    const after = applyEdits(text, setDecisionStatus(text, journal, decision, 'deprecated'));
    assert.equal(after, text.replace('- status: accepted', '- status: deprecated'));
  });

  it('superseded links both decisions', () => {
    const text = '## 2026-01-01 Decision: Use SQLite\n- Status: accepted\n\n## 2026-02-01 Decision: Use PostgreSQL\n';
    const journal = parseJournal(text);
    const after = applyEdits(
      text,
      setDecisionStatus(text, journal, journal.entries[0], 'superseded', journal.entries[1]),
    );
    assert.equal(
      after,
      '## 2026-01-01 Decision: Use SQLite\n- Status: superseded\n- Superseded by: 2026-02-01 Use PostgreSQL\n\n## 2026-02-01 Decision: Use PostgreSQL\n- Supersedes: 2026-01-01 Use SQLite\n',
    );
  });

  it('setMetadata inserts after the heading when there is no metadata, keeping body text that follows directly', () => {
    const text = '## 2026-01-01 Decision: a\nBody right under.\n';
    const journal = parseJournal(text);
    const after = applyEdits(text, [setMetadata(text, journal, journal.entries[0], 'Status', 'proposed')]);
    assert.equal(after, '## 2026-01-01 Decision: a\n- Status: proposed\nBody right under.\n');
  });

  it('refuses the wrong kind of entry, and an entry that is no longer where it was', () => {
    const journal = parseJournal(example);
    assert.throws(
      () => resolveIncident(example, journal, journal.entries[1], { date: '2026-11-22', time: '03:40' }),
      InvalidEntryError,
    );
    assert.throws(() => setDecisionStatus(example, journal, journal.entries[3], 'accepted'), InvalidEntryError);
    assert.throws(
      () => setMetadata('# changed since\n', journal, journal.entries[1], 'Status', 'x'),
      EntryNotFoundError,
    );
  });
});
