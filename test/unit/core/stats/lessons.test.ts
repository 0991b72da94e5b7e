import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lessons, parseJournal } from '../../../../src/core';

const example = fs.readFileSync(
  path.join(__dirname, '../../../../../examples/uptime-bot/.sideproject/journal.md'),
  'utf8',
);

describe('lessons', () => {
  it("lists the example journal's lesson", () => {
    const journal = parseJournal(example);
    assert.deepEqual(
      lessons(example, journal).map((l) => [l.on, l.entry.title, l.text]),
      [['2026-11-06', 'Caddy could not get a certificate', 'lower the TTL a day before moving anything']],
    );
  });

  it('gathers incident lessons and decision outcomes, newest first, hand-written ones too', () => {
    const text = [
      '## 2026-01-02 Incident: Disk full',
      '- Status: resolved',
      '- Resolved: 2026-01-05 10:00',
      '',
      '### Resolution',
      '- Root cause: logs',
      '- Lesson: rotate logs',
      '',
      '## 2026-01-03 Decision: Use Postgres',
      '- Reviewed: 2026-03-01',
      '- Verdict: keep',
      '',
      'Why.',
      '',
      '### Outcome',
      'Backups were the lesson,',
      'and restores.',
      '',
      '### Notes',
      'Not an outcome.',
      '',
      '## 2026-01-04 Incident: Cert expired',
      '* lesson:   automate renewals  ',
      '',
      '## 2026-01-05 Note: Lesson: not from a note',
      '- Lesson: neither is this',
      '',
      '## 2026-01-06 Decision: No outcome yet',
      '',
    ].join('\n');
    assert.deepEqual(
      lessons(text, parseJournal(text)).map((l) => [l.on, l.entry.kind, l.text]),
      [
        ['2026-03-01', 'decision', 'Backups were the lesson, and restores.'],
        ['2026-01-05', 'incident', 'rotate logs'],
        ['2026-01-04', 'incident', 'automate renewals'],
      ],
    );
  });

  it('has none in a journal without lessons', () => {
    const text = '## 2026-01-02 Incident: open one\n\n### Resolution\n- Fix: nothing yet\n';
    assert.deepEqual(lessons(text, parseJournal(text)), []);
  });
});
