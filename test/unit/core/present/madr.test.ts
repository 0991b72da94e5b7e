import * as assert from 'node:assert/strict';
import { adrNumberOf, kebabTitle, madrDocument, madrFileName, nextAdrNumber, parseJournal } from '../../../../src/core';

const text = [
  '## 2026-10-13 21:05 Decision: Use PostgreSQL over SQLite',
  '- Status: superseded',
  '- Options: SQLite, PostgreSQL, a JSON file',
  '- Superseded by: 2026-12-01 Move to managed Postgres',
  '- Review: 2027-01-11',
  '- ADR: 0001',
  '',
  'Running my own Postgres is the point.',
  '',
  'Backups included.',
  '',
  '## 2026-12-01 Decision: Move to managed Postgres',
  '- Status: superseded',
  '- Supersedes: 2026-10-13 Use PostgreSQL over SQLite',
  '- Superseded by: 2027-02-01 Café: naïve — Über/Ärger #1?',
  '- ADR: 0004',
  '- Reviewed: 2027-01-20',
  '- Verdict: reverse',
  '',
  '### Outcome',
  'Costs more than the VM.',
  '',
  '## 2027-02-01 Decision: Café: naïve — Über/Ärger #1?',
  '- Supersedes: 2026-12-01 Move to managed Postgres',
  '',
  '## 2027-02-02 Decision: 数据库 选择!',
  '- Status: proposed',
  '',
].join('\n');

describe('MADR export', () => {
  const journal = parseJournal(text);
  const [first, second, third, fourth] = journal.entries;

  it('names files by number and kebab-case title, punctuation and accents folded, other scripts kept', () => {
    assert.equal(madrFileName(1, first.title), '0001-use-postgresql-over-sqlite.md');
    assert.equal(madrFileName(12, third.title), '0012-cafe-naive-uber-arger-1.md');
    assert.equal(madrFileName(3, fourth.title), '0003-数据库-选择.md');
    assert.equal(kebabTitle('?!'), 'decision');
    assert.equal(kebabTitle('a'.repeat(50) + ' ' + 'b'.repeat(20)), 'a'.repeat(50));
  });

  it('numbers one past the highest existing number', () => {
    assert.equal(nextAdrNumber([]), 1);
    assert.equal(nextAdrNumber(['README.md', '0002-a.md', '0010-b.md', 'template.md', '0003-c.MD']), 11);
    assert.equal(adrNumberOf(first), 1);
    assert.equal(adrNumberOf(third), undefined);
  });

  it('fills the MADR 4.0 template from a decision with options, one of them named in its title', () => {
    assert.equal(
      madrDocument(text, journal, first),
      [
        '---',
        'status: "superseded by ADR-0004"',
        'date: 2026-10-13',
        '---',
        '',
        '# Use PostgreSQL over SQLite',
        '',
        '## Context and Problem Statement',
        '',
        'Running my own Postgres is the point.',
        '',
        'Backups included.',
        '',
        '## Considered Options',
        '',
        '* SQLite',
        '* PostgreSQL',
        '* a JSON file',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "PostgreSQL".',
        '',
        '### Consequences',
        '',
        '* Not known yet: to be reviewed on 2027-01-11.',
        '',
      ].join('\n'),
    );
  });

  it('follows a superseded chain: each names the successor that was exported, and its predecessor', () => {
    assert.equal(
      madrDocument(text, journal, second),
      [
        '---',
        'status: "superseded"',
        'date: 2026-12-01',
        '---',
        '',
        '# Move to managed Postgres',
        '',
        '## Context and Problem Statement',
        '',
        'Move to managed Postgres',
        '',
        '## Considered Options',
        '',
        '* Move to managed Postgres',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Move to managed Postgres".',
        '',
        'Reviewed on 2027-01-20: reverse.',
        '',
        '### Consequences',
        '',
        '* Costs more than the VM.',
        '',
        '## More Information',
        '',
        'Supersedes ADR-0001.',
        '',
      ].join('\n'),
    );
  });

  it('writes a title with punctuation and non-ASCII as it reads, without options', () => {
    const doc = madrDocument(text, journal, third);
    assert.ok(doc.startsWith('---\nstatus: "accepted"\ndate: 2027-02-01\n---\n\n# Café: naïve — Über/Ärger #1?\n'));
    assert.ok(doc.includes('## Considered Options\n\n* Café: naïve — Über/Ärger #1?\n'));
    assert.ok(doc.endsWith('## More Information\n\nSupersedes ADR-0004.\n'));
    assert.ok(madrDocument(text, journal, fourth).startsWith('---\nstatus: "proposed"\n'));
  });
});
