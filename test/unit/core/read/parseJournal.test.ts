import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { entryBody, metadataValue, parseJournal } from '../../../../src/core';

const fixture = (name: string) =>
  fs.readFileSync(path.join(__dirname, '../../../../../test/fixtures/journals', name), 'utf8');

describe('parseJournal', () => {
  describe('the example journal of the format page', () => {
    const text = fixture('format-example.md');
    const journal = parseJournal(text);

    it('reads the charter with dates as calendar-day strings', () => {
      assert.deepEqual(journal.charter, {
        project: 'uptime-bot',
        started: '2026-11-02',
        launchTarget: '2026-12-02',
        launched: undefined,
        learningGoal: 'Run a Postgres-backed service end to end, backups included',
        definitionOfDone: ['Public URL with TLS', 'Three people use it for 30 days'],
        pausedUntil: undefined,
        nextStep: undefined,
        extra: {},
      });
      assert.deepEqual(journal.frontMatter, { state: 'ok', startLine: 0, endLine: 8 });
    });

    it('reads four entries with kind, date, time, title, phase and lines', () => {
      const summary = journal.entries.map((e) => [e.kind, e.date, e.time, e.title, e.phase, e.line, e.endLine]);
      assert.deepEqual(summary, [
        ['phase', '2026-11-02', '09:14', 'design', 'design', 12, 15],
        ['decision', '2026-11-03', '21:05', 'Use PostgreSQL over SQLite', 'design', 15, 21],
        ['launch', '2026-11-20', '18:00', 'uptime.example.dev is live', 'operate', 21, 23],
        ['incident', '2026-11-22', '02:10', 'Database disk full', 'operate', 23, 33],
      ]);
      assert.equal(journal.lineCount, 33);
      assert.deepEqual(journal.diagnostics, []);
    });

    it('reads metadata right under the heading, keys in any case', () => {
      const incident = journal.entries[3];
      assert.deepEqual(
        incident.metadata.map((m) => [m.key, m.value, m.line]),
        [
          ['Severity', 'SEV-2', 24],
          ['Status', 'resolved', 25],
          ['Detected', '2026-11-22 02:10', 26],
          ['Resolved', '2026-11-22 03:40', 27],
        ],
      );
      assert.equal(metadataValue(incident, 'STATUS'), 'resolved');
      assert.equal(metadataValue(incident, 'Options'), undefined);
    });

    it('gives each entry its body, level-3 headings included, and offsets that slice the text', () => {
      const incident = journal.entries[3];
      assert.equal(
        entryBody(text, incident),
        'What happened, who was affected.\n\n### Resolution\nRoot cause, the fix, and the lesson.',
      );
      assert.ok(text.slice(incident.start).startsWith('## 2026-11-22 02:10 Incident'));
      assert.equal(incident.end, text.length);
      assert.equal(entryBody(text, journal.entries[2]), '');
    });
  });

  describe('what is and is not an entry', () => {
    const kinds = (text: string) => parseJournal(text).entries.map((e) => `${e.kind}:${e.title}`);

    it('accepts up to three spaces of indent, tabs after ##, a missing time and kinds in any case', () => {
      assert.deepEqual(kinds('   ## 2026-01-02 DECISION: a\n##\t2026-01-03\tnote: b\n'), ['decision:a', 'note:b']);
    });

    it('ignores four-space indents, ### headings, # headings, undated ## headings and ##2026 without a blank', () => {
      assert.deepEqual(
        kinds(
          '    ## 2026-01-02 Note: code\n### 2026-01-02 Note: h3\n# 2026-01-02 Note: h1\n## Context\n##2026-01-02 Note: x\n',
        ),
        [],
      );
    });

    it('ignores headings inside ``` and ~~~ fences, however long, until the matching close', () => {
      const text = [
        '````md',
        '## 2026-01-01 Note: in fence',
        '```',
        '## 2026-01-02 Note: still in',
        '````',
        '~~~',
        '## 2026-01-03 Note: tilde',
        '~~~',
        '## 2026-01-04 Note: out',
      ].join('\n');
      assert.deepEqual(kinds(text), ['note:out']);
    });

    it('does not open a fence on ``` followed by a backtick in its info string (inline code)', () => {
      assert.deepEqual(kinds('```a`b```\n## 2026-01-04 Note: out\n'), ['note:out']);
    });

    it('ignores headings inside HTML comments, which may span lines', () => {
      const text = '<!--\n## 2026-01-01 Note: hidden\n-->\n<!-- one line -->\n## 2026-01-02 Note: shown\n';
      assert.deepEqual(kinds(text), ['note:shown']);
    });

    it('reports a fence or comment left open at the end', () => {
      assert.deepEqual(parseJournal('~~~~\n## 2026-01-01 Note: x').openBlockAtEnd, { kind: 'fence', marker: '~~~~' });
      assert.deepEqual(parseJournal('<!-- x\n').openBlockAtEnd, { kind: 'comment' });
      assert.equal(parseJournal('```\n```\n').openBlockAtEnd, undefined);
    });

    it('reads a dated heading with an unknown kind as a Note titled with all its words', () => {
      const journal = parseJournal('## 2026-01-02 Retro: went well\n## 2026-01-03 Shipped the beta\n## 2026-01-04\n');
      assert.deepEqual(
        journal.entries.map((e) => [e.kind, e.title]),
        [
          ['note', 'Retro: went well'],
          ['note', 'Shipped the beta'],
          ['note', ''],
        ],
      );
      assert.deepEqual(journal.diagnostics, []);
    });

    it('warns when the word before the colon looks like a misspelt kind', () => {
      const journal = parseJournal('## 2026-01-02 Decison: Use Go\n');
      assert.equal(journal.entries[0].kind, 'note');
      assert.equal(journal.entries[0].title, 'Decison: Use Go');
      assert.deepEqual(journal.diagnostics, [
        {
          line: 0,
          severity: 'warning',
          message: '"Decison" is not an entry kind, so this is read as a Note: did you mean Decision?',
          code: 'unknown-kind',
        },
      ]);
    });

    it('strips a closing sequence of #s but keeps an escaped or attached one', () => {
      assert.deepEqual(kinds('## 2026-01-02 Note: a ##\n## 2026-01-03 Note: C#\n## 2026-01-04 Note: rank \\#\n'), [
        'note:a',
        'note:C#',
        'note:rank \\#',
      ]);
    });

    it('reports an impossible date as an error and keeps the heading in the entry above', () => {
      const journal = parseJournal('## 2026-01-01 Note: a\n## 2026-02-30 Note: b\ntext\n');
      assert.deepEqual(
        journal.entries.map((e) => [e.title, e.endLine]),
        [['a', 3]],
      );
      assert.deepEqual(journal.diagnostics, [
        {
          line: 1,
          severity: 'error',
          message: '2026-02-30 is not a calendar day, so this heading is not read as an entry',
          code: 'impossible-date',
        },
      ]);
    });

    it('reports an impossible time as a warning and reads the entry without it', () => {
      const journal = parseJournal('## 2026-01-01 24:10 Note: late\n');
      assert.equal(journal.entries[0].time, undefined);
      assert.equal(journal.entries[0].title, 'late');
      assert.equal(journal.diagnostics[0].severity, 'warning');
    });

    it('warns about a heading that looks dated but is not an entry', () => {
      const journal = parseJournal('## 2026-1-5 Note: x\n');
      assert.equal(journal.entries.length, 0);
      assert.deepEqual(
        journal.diagnostics.map((d) => [d.line, d.severity]),
        [[0, 'warning']],
      );
    });

    it('reads a heading with a 20 MB word before the colon as a Note, and still spells out a near miss', () => {
      const word = `Decision${'n'.repeat(20_000_000)}`;
      const journal = parseJournal(`## 2026-01-02 ${word}: long\n## 2026-01-03 Decison: short\n`);
      assert.deepEqual(
        journal.entries.map((e) => [e.kind, e.title.length]),
        [
          ['note', word.length + ': long'.length],
          ['note', 'Decison: short'.length],
        ],
      );
      assert.deepEqual(
        journal.diagnostics.map((d) => [d.line, d.message]),
        [[1, '"Decison" is not an entry kind, so this is read as a Note: did you mean Decision?']],
      );
    });

    it('does not read a heading holding a lone CR, U+2028 or U+2029 as an entry', () => {
      assert.deepEqual(
        kinds(
          '## 2026-01-02 Note: a\rb\n## 2026-01-03 Note: a\u2028b\n## 2026-01-04 Note: a\u2029b\n## 2026-01-05 Note: read\n',
        ),
        ['note:read'],
      );
    });

    it('reports a date in year 0000 as an error, and the heading is not an entry', () => {
      const journal = parseJournal('## 0000-01-01 Note: a\n## 0001-01-01 Note: b\n');
      assert.deepEqual(
        journal.entries.map((e) => e.title),
        ['b'],
      );
      assert.deepEqual(journal.diagnostics, [
        {
          line: 0,
          severity: 'error',
          message: '0000-01-01 is not a calendar day, so this heading is not read as an entry',
          code: 'impossible-date',
        },
      ]);
    });

    it('opens a comment only at `<!--` at the start of a line (up to three spaces in)', () => {
      assert.deepEqual(
        kinds(
          'text <!-- not a comment\n## 2026-01-02 Note: read\n-->\n   <!-- a comment\n## 2026-01-03 Note: hidden\n-->\n',
        ),
        ['note:read'],
      );
    });

    it('reads a heading right under an HTML block such as <details> as an entry', () => {
      assert.deepEqual(kinds('<details>\n## 2026-01-02 Note: read\n</details>\n'), ['note:read']);
    });

    it('warns that a time zone after the time is not read, and reads the heading as a Note', () => {
      const text = [
        '## 2026-01-02 14:05 UTC Decision: x',
        '## 2026-01-03 09:00 +01:00 Note: y',
        '## 2026-01-04 09:00 Zed: z',
        '## 2026-01-05 10:00 gmt+2 lunch',
        '## 2026-01-06 11:00 Z',
        '',
      ];
      const journal = parseJournal(text.join('\n'));
      assert.deepEqual(
        journal.entries.map((e) => [e.kind, e.time, e.title]),
        [
          ['note', '14:05', 'UTC Decision: x'],
          ['note', '09:00', '+01:00 Note: y'],
          ['note', '09:00', 'Zed: z'],
          ['note', '10:00', 'gmt+2 lunch'],
          ['note', '11:00', 'Z'],
        ],
      );
      assert.deepEqual(
        journal.diagnostics.map((d) => [d.line, d.severity, d.message]),
        [
          [
            0,
            'warning',
            '`UTC` after the time is not read: times are local, so write `## 2026-01-02 14:05 Decision: …`',
          ],
          [
            1,
            'warning',
            '`+01:00` after the time is not read: times are local, so write `## 2026-01-03 09:00 Note: …`',
          ],
          [3, 'warning', '`gmt+2` after the time is not read: times are local, so write `## 2026-01-05 10:00 …`'],
          [4, 'warning', '`Z` after the time is not read: times are local, so write `## 2026-01-06 11:00 …`'],
        ],
      );
    });

    it('reports dates that go backwards as information only', () => {
      const journal = parseJournal('## 2026-01-05 Note: a\n## 2026-01-04 Note: late entry\n');
      assert.equal(journal.entries.length, 2);
      assert.deepEqual(
        journal.diagnostics.map((d) => [d.line, d.severity]),
        [[1, 'info']],
      );
    });
  });

  describe('dates that are likely a typo in the year', () => {
    const warnings = (text: string) =>
      parseJournal(text)
        .diagnostics.filter((d) => d.severity !== 'info')
        .map((d) => [d.line, d.severity, d.message]);

    it('warns about an entry dated more than a year before `started`, and not about one a year before', () => {
      const text = [
        '---',
        'started: 2026-01-10',
        '---',
        '## 0226-01-02 Note: typo',
        '## 2025-01-10 Note: a year before, backfilled',
        '## 2026-01-11 Note: ok',
        '',
      ].join('\n');
      assert.deepEqual(warnings(text), [
        [
          3,
          'warning',
          'Dated 0226-01-02, more than a year before the project started (2026-01-10): is the year right, here or in `started`?',
        ],
      ]);
      assert.equal(parseJournal(text).entries.length, 3);
    });

    it('warns about an entry more than a year before or after both entries around it, and compares the next entries with the ones before it', () => {
      const text = [
        '## 2026-01-01 Note: a',
        '## 0226-01-02 Note: typo back',
        '## 2026-01-03 Note: b',
        '## 2226-01-04 Note: typo ahead',
        '## 2026-01-05 Note: c',
        '',
      ].join('\n');
      const journal = parseJournal(text);
      assert.deepEqual(
        journal.diagnostics.map((d) => [d.line, d.severity, d.message]),
        [
          [
            1,
            'warning',
            'Dated 0226-01-02, more than a year before the entries around it (2026-01-01, 2026-01-03): is the year right?',
          ],
          [
            3,
            'warning',
            'Dated 2226-01-04, more than a year after the entries around it (2026-01-03, 2026-01-05): is the year right?',
          ],
        ],
      );
    });

    it('does not warn about a gap of more than a year between two entries, nor about a late entry', () => {
      const text = [
        '## 2024-01-01 Note: started',
        '## 2025-06-01 Note: back after a break',
        '## 2025-06-02 Note: c',
        '## 2025-03-01 Note: late, from old notes',
        '## 2025-06-03 Note: d',
        '',
      ].join('\n');
      assert.deepEqual(warnings(text), []);
    });
  });

  describe('metadata', () => {
    it('ends at the first line not of the form `- Key: value`', () => {
      const journal = parseJournal(
        '## 2026-01-01 Decision: a\n- Status: accepted\n- Options:\n- not metadata\n- Tags: x\n',
      );
      assert.deepEqual(
        journal.entries[0].metadata.map((m) => [m.key, m.value]),
        [
          ['Status', 'accepted'],
          ['Options', ''],
        ],
      );
    });

    it('is not read after a blank line', () => {
      const journal = parseJournal('## 2026-01-01 Decision: a\n\n- Status: accepted\n');
      assert.deepEqual(journal.entries[0].metadata, []);
    });

    it('warns about statuses, severities and times that are not the documented ones', () => {
      const journal = parseJournal(
        [
          '## 2026-01-01 Decision: a',
          '- Status: maybe',
          '## 2026-01-02 Incident: b',
          '- Severity: high',
          '- Status: closed',
          '- Detected: yesterday',
          '- Phase: space',
        ].join('\n'),
      );
      assert.deepEqual(
        journal.diagnostics.map((d) => [d.line, d.severity]),
        [
          [1, 'warning'],
          [3, 'warning'],
          [4, 'warning'],
          [5, 'warning'],
          [6, 'warning'],
        ],
      );
    });
  });

  describe('phases', () => {
    it('starts in design, moves on Phase entries and on Launch, honours a `- Phase:` override', () => {
      const text = [
        '## 2026-01-01 Note: idea',
        '## 2026-01-02 Phase: build',
        '## 2026-01-03 Note: retro on the design',
        '- Phase: design',
        '## 2026-01-04 Launch: live',
        '## 2026-01-05 Phase: maintain, mostly',
        '## 2026-01-06 Launch: v2 relaunch',
      ].join('\n');
      assert.deepEqual(
        parseJournal(text).entries.map((e) => e.phase),
        ['design', 'build', 'design', 'operate', 'maintain', 'maintain'],
      );
    });

    it('warns about a Phase entry that names no phase and leaves the phase as it was', () => {
      const journal = parseJournal('## 2026-01-01 Phase: build\n## 2026-01-02 Phase: vacation\n');
      assert.deepEqual(
        journal.entries.map((e) => e.phase),
        ['build', 'build'],
      );
      assert.equal(journal.diagnostics[0].line, 1);
    });

    it('starts in operate when the charter says the project launched before its first entry', () => {
      const journal = parseJournal('---\nlaunched: 2025-06-01\n---\n## 2026-01-01 Note: adopted an old project\n');
      assert.equal(journal.entries[0].phase, 'operate');
    });
  });

  describe('file style', () => {
    it('reads CRLF files with the same entries and remembers the style', () => {
      const lf = fixture('format-example.md');
      const crlf = parseJournal(lf.replace(/\n/g, '\r\n'));
      const plain = parseJournal(lf);
      assert.equal(crlf.eol, '\r\n');
      assert.equal(plain.eol, '\n');
      assert.deepEqual(
        crlf.entries.map((e) => [e.title, e.line, e.metadata.map((m) => m.value)]),
        plain.entries.map((e) => [e.title, e.line, e.metadata.map((m) => m.value)]),
      );
      assert.deepEqual(crlf.charter, plain.charter);
    });

    it('reads a BOM, and a missing final newline', () => {
      const journal = parseJournal('\uFEFF---\nproject: x\n---\n## 2026-01-01 Note: last');
      assert.equal(journal.bom, true);
      assert.equal(journal.finalNewline, false);
      assert.equal(journal.charter.project, 'x');
      assert.equal(journal.entries[0].title, 'last');
      assert.equal(journal.entries[0].start, '\uFEFF---\nproject: x\n---\n'.length);
    });

    it('parses the empty text', () => {
      const journal = parseJournal('');
      assert.deepEqual(
        [journal.entries.length, journal.lineCount, journal.frontMatter.state, journal.finalNewline],
        [0, 0, 'missing', false],
      );
    });
  });

  describe('front matter problems are diagnostics, and entries still read', () => {
    it('malformed YAML: an error at the YAML line, the charter empty, entries read', () => {
      const journal = parseJournal('---\nproject: x\nlearning_goal: [unclosed\n---\n## 2026-01-01 Note: a\n');
      assert.equal(journal.frontMatter.state, 'malformed');
      assert.equal(journal.charter.project, undefined);
      assert.equal(journal.entries.length, 1);
      assert.equal(journal.diagnostics[0].severity, 'error');
      assert.ok(
        journal.diagnostics[0].line >= 2 && journal.diagnostics[0].line <= 3,
        `line ${journal.diagnostics[0].line}`,
      );
      assert.match(journal.diagnostics[0].message, /not valid YAML/);
    });

    it('an unclosed front matter: an error at line 0, and every line read as markdown', () => {
      const journal = parseJournal('---\nproject: x\n\n## 2026-01-01 Note: a\n\nbody\n---\n');
      assert.deepEqual(journal.frontMatter, {
        state: 'malformed',
        startLine: 0,
        endLine: undefined,
        reason: 'front matter is not closed: no `---` line ends it',
      });
      assert.deepEqual(
        journal.entries.map((e) => e.title),
        ['a'],
      );
      assert.deepEqual(
        journal.diagnostics.map((d) => [d.line, d.severity]),
        [[0, 'error']],
      );
    });

    it('an unclosed front matter ends its search at the first `## ` line that starts with a date, an entry or not', () => {
      const journal = parseJournal('---\nproject: x\n## 2026-1-2 not an entry\n---\n## 2026-01-03 Note: a\n');
      assert.equal(journal.frontMatter.state, 'malformed');
      assert.equal(journal.charter.project, undefined);
      assert.deepEqual(
        journal.entries.map((e) => e.title),
        ['a'],
      );
    });

    it('front matter that is not a mapping', () => {
      const journal = parseJournal('---\n- a\n- b\n---\n');
      assert.equal(journal.frontMatter.state, 'malformed');
    });

    it('values of the wrong shape are warnings and are ignored', () => {
      const journal = parseJournal('---\nstarted: next week\nlaunch_target: 2026-02-30\nproject: [a, b]\n---\n');
      assert.equal(journal.frontMatter.state, 'ok');
      assert.deepEqual(
        [journal.charter.started, journal.charter.launchTarget, journal.charter.project],
        [undefined, undefined, undefined],
      );
      assert.deepEqual(
        journal.diagnostics.map((d) => [d.line, d.severity]),
        [
          [1, 'warning'],
          [2, 'warning'],
          [3, 'warning'],
        ],
      );
    });

    it('keeps unknown keys and reads a definition of done given as one string', () => {
      const journal = parseJournal('---\nrepo: github.com/me/x\nbudget: 5\ndefinition_of_done: It runs\n---\n');
      assert.deepEqual(journal.charter.extra, { repo: 'github.com/me/x', budget: 5 });
      assert.deepEqual(journal.charter.definitionOfDone, ['It runs']);
    });
  });
});
