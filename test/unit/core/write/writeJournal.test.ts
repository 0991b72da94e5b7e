import * as assert from 'node:assert/strict';
import {
  appendEntry,
  createJournal,
  entryBody,
  InvalidEntryError,
  parseJournal,
  renderEntry,
  sanitizeTitle,
  type EntryDraft,
} from '../../../../src/core';

const decision: EntryDraft = {
  kind: 'decision',
  date: '2026-11-03',
  time: '21:05',
  title: 'Use PostgreSQL over SQLite',
  metadata: [
    ['Status', 'accepted'],
    ['Options', 'PostgreSQL, SQLite'],
  ],
  body: 'Context, the decision, and its consequences.',
};

describe('appendEntry', () => {
  it('writes the entry in the format of the format page, after one blank line', () => {
    const text = '# x\n\n## 2026-11-02 09:14 Phase: design\nScope.\n';
    assert.equal(
      appendEntry(text, decision),
      '\n## 2026-11-03 21:05 Decision: Use PostgreSQL over SQLite\n- Status: accepted\n- Options: PostgreSQL, SQLite\n\nContext, the decision, and its consequences.\n',
    );
  });

  it('adds no second blank line when the text already ends with one', () => {
    assert.equal(appendEntry('# x\n\n', { kind: 'note', date: '2026-01-01', title: 'a' }), '## 2026-01-01 Note: a\n');
    assert.equal(appendEntry('# x\n  \n', { kind: 'note', date: '2026-01-01', title: 'a' }), '## 2026-01-01 Note: a\n');
  });

  it('uses CRLF in a CRLF file', () => {
    assert.equal(
      appendEntry('# x\r\n', decision),
      '\r\n## 2026-11-03 21:05 Decision: Use PostgreSQL over SQLite\r\n- Status: accepted\r\n- Options: PostgreSQL, SQLite\r\n\r\nContext, the decision, and its consequences.\r\n',
    );
  });

  it('keeps a missing final newline missing, after ending the last line', () => {
    assert.equal(
      appendEntry('# x', { kind: 'launch', date: '2026-11-20', time: '18:00', title: 'live' }),
      '\n\n## 2026-11-20 18:00 Launch: live',
    );
  });

  it('starts an empty or BOM-only file with the entry and a final newline', () => {
    assert.equal(appendEntry('', { kind: 'note', date: '2026-01-01', title: 'a' }), '## 2026-01-01 Note: a\n');
    assert.equal(appendEntry('\uFEFF', { kind: 'note', date: '2026-01-01', title: 'a' }), '## 2026-01-01 Note: a\n');
  });

  it('closes a fence or comment the text left open, so the entry is read', () => {
    const fenced = '## 2026-01-01 Note: a\n````\ncode\n';
    const added = appendEntry(fenced, { kind: 'note', date: '2026-01-02', title: 'b' });
    assert.equal(added, '````\n\n## 2026-01-02 Note: b\n');
    assert.deepEqual(
      parseJournal(fenced + added).entries.map((e) => e.title),
      ['a', 'b'],
    );
    assert.equal(
      appendEntry('<!-- draft\n', { kind: 'note', date: '2026-01-02', title: 'b' }),
      '-->\n\n## 2026-01-02 Note: b\n',
    );
  });

  it('only looks at the tail when the parsed context is given', () => {
    // A stale context can only come from the store's own cache; the text itself is never re-parsed.
    assert.equal(
      appendEntry(
        'whatever\n',
        { kind: 'note', date: '2026-01-02', title: 'b' },
        { eol: '\r\n', openBlockAtEnd: undefined },
      ),
      '\r\n## 2026-01-02 Note: b\r\n',
    );
  });

  it('refuses a draft whose date or time is not one, and a metadata key with a colon', () => {
    assert.throws(() => appendEntry('', { kind: 'note', date: '2026-02-29', title: 'a' }), InvalidEntryError);
    assert.throws(
      () => appendEntry('', { kind: 'note', date: '2026-01-01', time: '7:05', title: 'a' }),
      InvalidEntryError,
    );
    assert.throws(
      () => appendEntry('', { kind: 'note', date: '2026-01-01', title: 'a', metadata: [['Root: cause', 'x']] }),
      InvalidEntryError,
    );
  });
});

describe('making what the user typed safe', () => {
  it('keeps a title on one line and trims it', () => {
    assert.equal(sanitizeTitle('  two\nlines\r\nand\ttab  '), 'two lines  and tab');
  });

  it('escapes trailing #s that would be read as a closing sequence, and nothing else', () => {
    assert.equal(sanitizeTitle('rank #1 ##'), 'rank #1 \\##');
    assert.equal(sanitizeTitle('#'), '\\#');
    assert.equal(sanitizeTitle('# leading hash and C#'), '# leading hash and C#');
  });

  it('round-trips titles with markdown and a leading #', () => {
    for (const title of [
      '# not a heading',
      '**bold** `code` [link](x)',
      '<!-- not a comment',
      'a ##',
      'Decision: inside a note',
    ]) {
      const text = appendEntry('', { kind: 'note', date: '2026-01-01', title });
      const entry = parseJournal(text).entries[0];
      assert.deepEqual([entry.kind, entry.title], ['note', sanitizeTitle(title)], title);
    }
  });

  it('escapes body lines that would become entries, and reads them back as typed', () => {
    const body =
      'before\n## 2026-01-02 Note: not an entry\n  \\## 2026-01-03 Decision: already escaped\n## plain subheading\n### Details';
    const lines = renderEntry({ kind: 'note', date: '2026-01-01', title: 'a', body });
    assert.deepEqual(lines.slice(2), [
      'before',
      '\\## 2026-01-02 Note: not an entry',
      '  \\\\## 2026-01-03 Decision: already escaped',
      '## plain subheading',
      '### Details',
    ]);
    const text = appendEntry('', { kind: 'note', date: '2026-01-01', title: 'a', body });
    const journal = parseJournal(text);
    assert.equal(journal.entries.length, 1);
    assert.equal(entryBody(text, journal.entries[0]), body);
  });

  it('closes a fence the body opened, so the next entry is still read', () => {
    const first = appendEntry('', { kind: 'note', date: '2026-01-01', title: 'a', body: '```sh\nrm -rf /tmp/x' });
    const text = first + appendEntry(first, { kind: 'note', date: '2026-01-02', title: 'b' });
    assert.deepEqual(
      parseJournal(text).entries.map((e) => e.title),
      ['a', 'b'],
    );
    assert.equal(entryBody(text, parseJournal(text).entries[0]), '```sh\nrm -rf /tmp/x\n```');
  });
});

describe('createJournal', () => {
  it('writes the charter, a title and the first Phase: design entry', () => {
    const text = createJournal(
      {
        project: 'uptime-bot',
        learningGoal: 'Run a Postgres-backed service end to end',
        definitionOfDone: ['Public URL with TLS', 'Three people use it for 30 days'],
      },
      { date: '2026-11-02', time: '09:14' },
    );
    assert.equal(
      text,
      [
        '---',
        'project: uptime-bot',
        'started: 2026-11-02',
        'launch_target: 2026-12-02',
        'learning_goal: Run a Postgres-backed service end to end',
        'definition_of_done:',
        '  - Public URL with TLS',
        '  - Three people use it for 30 days',
        '---',
        '',
        '# uptime-bot',
        '',
        '## 2026-11-02 09:14 Phase: design',
        '',
      ].join('\n'),
    );
    const journal = parseJournal(text);
    assert.deepEqual(journal.diagnostics, []);
    assert.equal(journal.charter.launchTarget, '2026-12-02');
  });

  it('defaults the launch target across a month end and a leap day', () => {
    const target = (date: string, days?: number) =>
      parseJournal(createJournal({ project: 'p', launchTargetDays: days }, { date, time: '10:00' })).charter
        .launchTarget;
    assert.equal(target('2028-01-31'), '2028-03-01');
    assert.equal(target('2027-01-31'), '2027-03-02');
    assert.equal(target('2026-12-15', 21), '2027-01-05');
  });

  it('quotes what YAML would otherwise read as something else, and reads it back', () => {
    for (const project of [
      'yes',
      'null',
      '2026-01-01',
      '42',
      'a: b',
      '#hash',
      '- dash',
      "it's",
      '"quoted"',
      'ünïcødé 🚀',
      'trailing #comment',
    ]) {
      const text = createJournal(
        { project, learningGoal: project, definitionOfDone: [project] },
        { date: '2026-11-02', time: '09:14' },
        '\r\n',
      );
      const journal = parseJournal(text);
      assert.equal(journal.frontMatter.state, 'ok', project);
      assert.deepEqual(
        [journal.charter.project, journal.charter.learningGoal, journal.charter.definitionOfDone],
        [project, project, [project]],
        project,
      );
      assert.equal(journal.eol, '\r\n');
    }
  });
});
