import * as assert from 'node:assert/strict';
import {
  codeLenses,
  completionsAt,
  foldingRanges,
  hoverAt,
  isOpenIncident,
  journalLinks,
  journalSymbols,
  JournalLines,
  nearestDay,
  parseJournal,
  quickFixes,
  type Entry,
  type JournalSymbol,
  type Range,
} from '../../../../src/core';
import { SAMPLE, SAMPLE_BOM, SAMPLE_CRLF, SAMPLE_LINES } from './sampleJournal';

function read(text: string) {
  const journal = parseJournal(text);
  return { journal, lines: new JournalLines(text, journal) };
}

const r = (line: number, character: number, endLine: number, endCharacter: number): Range => ({
  start: { line, character },
  end: { line: endLine, character: endCharacter },
});
const len = (line: number) => SAMPLE_LINES[line].length;
const NOW = { date: '2026-11-24', time: '10:30' };

/** A symbol tree as `name (detail) [kind] range`, children indented: one string compares the whole outline. */
function outline(symbols: readonly JournalSymbol[], indent = ''): string[] {
  return symbols.flatMap((s) => [
    `${indent}${s.name} (${s.detail}) [${s.kind}] ${s.range.start.line}:${s.range.start.character}-` +
      `${s.range.end.line}:${s.range.end.character} sel ${s.selectionRange.start.line}`,
    ...outline(s.children, `${indent}  `),
  ]);
}

describe('the journal as a document', () => {
  const { journal, lines } = read(SAMPLE);

  describe('lines', () => {
    it('counts lines as the editor does and gives each line without its line break', () => {
      for (const text of [SAMPLE, SAMPLE_CRLF, SAMPLE_BOM]) {
        const l = read(text).lines;
        assert.equal(l.count, SAMPLE_LINES.length);
        assert.deepEqual(
          SAMPLE_LINES.map((_, i) => l.lineText(i)),
          SAMPLE_LINES,
        );
      }
    });

    it("ends each entry where walking back from its end does, with or without the parser's last line with text", () => {
      const tricky = [
        '## 2026-01-01 Note: a',
        'text with trailing blanks \t ',
        '    ',
        '\t\t',
        '',
        '## 2026-01-02 Note: b',
        '```',
        'code',
        '```',
        '       indented text',
        '   ',
        '## 2026-01-03 Note: heading only',
        '## 2026-01-04 Note: last, no final newline',
        'x',
      ].join('\n');
      const generated = [tricky, `${tricky}\n`, tricky.replace(/\n/g, '\r\n'), SAMPLE, SAMPLE_CRLF, SAMPLE_BOM];
      for (const text of generated) {
        const { journal: parsed, lines: at } = read(text);
        assert.ok(parsed.entries.length >= 4, 'entries to end');
        for (const e of parsed.entries) {
          assert.ok(e.lastLineStart !== undefined, 'the parser says where the last line with text starts');
          assert.deepEqual(
            at.endBefore(e.line, e.start, e.endLine, e.end, e.lastLineStart),
            at.endBefore(e.line, e.start, e.endLine, e.end),
            `${e.title} in ${JSON.stringify(text.slice(0, 20))}`,
          );
        }
      }
    });
  });

  it('outlines the charter, then each phase with its entries, status and date as detail', () => {
    assert.deepEqual(outline(journalSymbols(journal, lines)), [
      `Charter (uptime-bot) [charter] 0:0-3:3 sel 0`,
      `Design () [phaseStretch] 7:0-14:${len(14)} sel 7`,
      `  Phase: Design (2026-11-02 09:14) [phase] 7:0-8:${len(8)} sel 7`,
      `  Use PostgreSQL over SQLite (2026-11-03 21:05 · superseded) [decision] 10:0-14:${len(14)} sel 10`,
      `Build () [phaseStretch] 16:0-35:${len(35)} sel 16`,
      `  Phase: Build (2026-11-05 10:00) [phase] 16:0-16:${len(16)} sel 16`,
      `  Use SQLite after all (2026-11-10 11:00 · accepted) [decision] 18:0-19:${len(19)} sel 18`,
      `  Database disk full (2026-11-22 02:10 · resolved) [incident] 21:0-30:${len(30)} sel 21`,
      `  Mail relay rejects alerts (2026-11-23 08:00 · open) [incident] 32:0-33:${len(33)} sel 32`,
      `  Checked the backups (2026-11-23 09:00) [note] 35:0-35:${len(35)} sel 35`,
    ]);
  });

  it('a phase interrupted by an entry of another phase appears once per stretch, so ranges nest', () => {
    const text = [
      '## 2026-01-01 Phase: build',
      '## 2026-01-02 Note: a',
      '- Phase: design',
      '## 2026-01-03 Note: b',
    ].join('\n');
    const { journal: j, lines: l } = read(text);
    assert.deepEqual(
      journalSymbols(j, l).map((s) => `${s.name} ${s.children.length}`),
      ['Build 1', 'Design 1', 'Build 1'],
    );
  });

  it("a phase's stretch has its first entry's start and heading and its last entry's end (the editor shares them)", () => {
    const stretches = journalSymbols(journal, lines).filter((s) => s.kind === 'phaseStretch');
    assert.equal(stretches.length, 2);
    for (const s of stretches) {
      const first = s.children[0];
      const last = s.children[s.children.length - 1];
      assert.deepEqual([s.range.start, s.selectionRange], [first.range.start, first.selectionRange]);
      assert.deepEqual(s.range.end, last.range.end);
    }
  });

  it('folds the front matter, each entry (without trailing blank lines) and its Resolution section', () => {
    assert.deepEqual(foldingRanges(journal, lines), [
      { start: 0, end: 3 },
      { start: 7, end: 8 },
      { start: 10, end: 14 },
      { start: 18, end: 19 },
      { start: 21, end: 30 },
      { start: 29, end: 30 },
      { start: 32, end: 33 },
    ]);
  });

  it('folds an Outcome section up to the next level-3 heading, and no heading inside a code fence', () => {
    const text = [
      '## 2026-01-01 Decision: a',
      '### Outcome',
      'kept',
      '```',
      '### Resolution',
      '```',
      '### Notes',
      'more',
    ].join('\n');
    const { journal: j, lines: l } = read(text);
    assert.deepEqual(foldingRanges(j, l), [
      { start: 0, end: 7 },
      { start: 1, end: 5 },
    ]);
  });

  it('gives the same ranges for a CRLF journal and a journal with a BOM as for the LF one', () => {
    const features = (text: string) => {
      const { journal: j, lines: l } = read(text);
      return {
        symbols: journalSymbols(j, l),
        folds: foldingRanges(j, l),
        links: journalLinks(j, l),
        completion: completionsAt(j, l, { line: 22, character: len(22) }, NOW),
        hover: hoverAt(j, l, { line: 19, character: 20 }, NOW.date),
      };
    };
    const lf = features(SAMPLE);
    assert.deepEqual(features(SAMPLE_CRLF), lf);
    assert.deepEqual(features(SAMPLE_BOM), lf);
  });

  it('places lenses by rule: the charter, open incidents, decisions', () => {
    const rules = [
      { title: 'Show Dashboard', command: 'dashboard', on: 'charter' as const },
      { title: 'Resolve', command: 'resolve', on: isOpenIncident },
      { title: 'Change Status', command: 'status', on: (e: Entry) => e.kind === 'decision' },
    ];
    assert.deepEqual(
      codeLenses(journal, rules).map((l) => `${l.line} ${l.title} ${l.command}`),
      ['0 Show Dashboard dashboard', '10 Change Status status', '18 Change Status status', '32 Resolve resolve'],
    );
    assert.deepEqual(codeLenses(parseJournal('## 2026-01-01 Note: a'), rules), [], 'no charter, no charter lens');
    assert.equal(codeLenses(journal, rules)[3].entry?.title, 'Mail relay rejects alerts');
  });

  describe('completion', () => {
    const labels = (line: number, character: number, j = journal, l = lines) =>
      completionsAt(j, l, { line, character }, NOW).map((c) => c.label);

    it('offers the statuses valid for the entry kind after `- Status: `, replacing the value', () => {
      assert.deepEqual(labels(11, 10), ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded']);
      assert.deepEqual(labels(23, len(23)), ['open', 'mitigated', 'resolved']);
      const [first] = completionsAt(journal, lines, { line: 23, character: 12 }, NOW);
      assert.deepEqual(first.range, r(23, 10, 23, len(23)));
    });

    it('offers SEV-1 to SEV-4 after `- Severity: ` and nothing before the value or on other lines', () => {
      assert.deepEqual(labels(22, len(22)), ['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4']);
      assert.deepEqual(labels(22, 5), []);
      assert.deepEqual(labels(24, len(24)), []);
      assert.deepEqual(labels(8, 3), []);
    });

    it('offers the earlier decisions after `- Supersedes: `, nearest first, by day and title', () => {
      const text = `${SAMPLE}## 2026-11-24 10:00 Decision: Back to PostgreSQL\n- Supersedes: \n`;
      const { journal: j, lines: l } = read(text);
      assert.deepEqual(labels(37, 14, j, l), [
        '2026-11-10 Use SQLite after all',
        '2026-11-03 Use PostgreSQL over SQLite',
      ]);
    });

    it('completes `## ` on an empty line at the end to a dated heading for each kind, at now', () => {
      const text = `${SAMPLE}## `;
      const { journal: j, lines: l } = read(text);
      const items = completionsAt(j, l, { line: 36, character: 3 }, NOW);
      assert.deepEqual(
        items.map((c) => c.insertText),
        [
          '## 2026-11-24 10:30 Note: ',
          '## 2026-11-24 10:30 Decision: ',
          '## 2026-11-24 10:30 Incident: ',
          '## 2026-11-24 10:30 Deploy: ',
          '## 2026-11-24 10:30 Phase: ',
          '## 2026-11-24 10:30 Launch: ',
        ],
      );
      assert.deepEqual(items[0].range, r(36, 0, 36, 3));
      const inTheMiddle = read(`## \n${SAMPLE}`);
      assert.deepEqual(labels(0, 3, inTheMiddle.journal, inTheMiddle.lines), [], 'not above other lines');
    });
  });

  describe('hover', () => {
    it('on a heading: phase, age, status, and for an incident the time to resolve', () => {
      assert.deepEqual(hoverAt(journal, lines, { line: 21, character: 4 }, NOW.date), {
        lines: ['Incident in the Build phase', 'Logged 2 days ago', 'Status: resolved', 'Resolved in 1 h 30 min'],
        range: r(21, 0, 21, len(21)),
      });
      assert.deepEqual(hoverAt(journal, lines, { line: 32, character: 0 }, NOW.date)?.lines, [
        'Incident in the Build phase',
        'Logged 1 day ago',
        'Status: open',
        'Not resolved yet',
      ]);
      assert.deepEqual(hoverAt(journal, lines, { line: 7, character: 0 }, NOW.date)?.lines, [
        'Phase in the Design phase',
        'Logged 22 days ago',
      ]);
    });

    it('on a Supersedes value: the decision it names; nothing on other lines', () => {
      assert.deepEqual(hoverAt(journal, lines, { line: 19, character: 20 }, NOW.date), {
        lines: ['Decision of 2026-11-03: Use PostgreSQL over SQLite', 'superseded · line 11'],
        range: r(19, 14, 19, len(19)),
      });
      assert.equal(hoverAt(journal, lines, { line: 19, character: 3 }, NOW.date), undefined);
      assert.equal(hoverAt(journal, lines, { line: 8, character: 3 }, NOW.date), undefined);
      assert.equal(hoverAt(journal, lines, { line: 5, character: 3 }, NOW.date), undefined);
    });
  });

  it('links Supersedes and Superseded by values to the decision they name', () => {
    assert.deepEqual(journalLinks(journal, lines), [
      { range: r(12, 17, 12, len(12)), targetLine: 18, tooltip: 'Go to the decision of 2026-11-10' },
      { range: r(19, 14, 19, len(19)), targetLine: 10, tooltip: 'Go to the decision of 2026-11-03' },
    ]);
    const unknown = read('## 2026-01-01 Decision: a\n- Supersedes: nothing like it\n');
    assert.deepEqual(journalLinks(unknown.journal, unknown.lines), []);
  });

  describe('quick fixes', () => {
    const fixesFor = (text: string) => {
      const { journal: j, lines: l } = read(text);
      const d = j.diagnostics.find((x) => x.code !== undefined);
      assert.ok(d, 'a diagnostic with a fix');
      return quickFixes(j, l, d);
    };

    it('a misspelt kind gets "Change to Decision", replacing the word only', () => {
      assert.deepEqual(fixesFor('## 2026-01-01 10:00 Decison: Use SQLite\n'), [
        { title: 'Change to Decision', range: r(0, 20, 0, 27), newText: 'Decision', preferred: true },
      ]);
    });

    it('an unknown status offers the valid ones for the kind, the nearest preferred', () => {
      const fixes = fixesFor('## 2026-01-01 Incident: a\n- Status: resolvd\n');
      assert.deepEqual(
        fixes.map((f) => `${f.title} ${f.preferred}`),
        ['Change to open false', 'Change to mitigated false', 'Change to resolved true'],
      );
      assert.deepEqual(fixes[0].range, r(1, 10, 1, 17));
    });

    it('an impossible date offers the nearest real day', () => {
      assert.deepEqual(fixesFor('## 2026-02-30 Note: a\n'), [
        { title: 'Change to 2026-02-28', range: r(0, 3, 0, 13), newText: '2026-02-28', preferred: true },
      ]);
      assert.equal(nearestDay(2024, 2, 30), '2024-02-29');
      assert.equal(nearestDay(2026, 13, 0), '2026-12-01');
      assert.equal(nearestDay(0, 4, 31), '0001-04-30');
    });

    it("a fix on a BOM journal's first line counts characters after the BOM", () => {
      const text = '\uFEFF## 2026-01-01 10:00 Decison: Use SQLite\r\n';
      const { journal: j, lines: l } = read(text);
      const d = j.diagnostics.find((x) => x.code === 'unknown-kind');
      assert.ok(d);
      assert.deepEqual(quickFixes(j, l, d)[0].range, r(0, 20, 0, 27));
    });
  });
});
