// Whole retrospective documents compared byte for byte with the files in test/fixtures/retrospectives. After a
// deliberate change to the document, `UPDATE_RETROSPECTIVES=1 npm test -- unit` rewrites them: read the diff.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  parseJournal,
  retrospective,
  retrospectiveNoteTitle,
  retrospectiveScopes,
  type RetrospectiveScope,
} from '../../../../src/core';
import { inTimeZone } from '../../timeZone';

const ROOT = path.join(__dirname, '../../../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/retrospectives');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const example = read('examples/uptime-bot/.sideproject/journal.md');
const withRetrospective = read('test/fixtures/journals/uptime-bot-with-retrospective.md');
const TODAY = '2026-11-24';

const CASES: [fixture: string, text: string, scope: RetrospectiveScope][] = [
  ['uptime-bot-project.md', example, { kind: 'project' }],
  ['uptime-bot-build-phase.md', example, { kind: 'phase', phase: 'build' }],
  ['uptime-bot-operate-phase.md', example, { kind: 'phase', phase: 'operate' }],
  ['uptime-bot-2026-10.md', example, { kind: 'month', month: '2026-10' }],
  ['uptime-bot-2026-11.md', example, { kind: 'month', month: '2026-11' }],
  ['uptime-bot-since-start.md', example, { kind: 'sinceLast' }],
  ['uptime-bot-since-last.md', withRetrospective, { kind: 'sinceLast' }],
];

describe('retrospectives', () => {
  for (const [fixture, text, scope] of CASES) {
    it(`writes ${fixture} for the ${scope.kind} scope, the same in every time zone`, () => {
      const journal = parseJournal(text);
      const made = retrospective(text, journal, TODAY, scope).markdown;
      const file = path.join(FIXTURES, fixture);
      if (process.env.UPDATE_RETROSPECTIVES) fs.writeFileSync(file, made);
      assert.equal(made, fs.readFileSync(file, 'utf8'));
      for (const zone of ['America/New_York', 'Pacific/Apia']) {
        assert.equal(
          inTimeZone(zone, () => retrospective(text, parseJournal(text), TODAY, scope).markdown),
          made,
        );
      }
    });
  }

  it('offers since the last retrospective only when there is one, then the project, its phases and months', () => {
    assert.deepEqual(
      retrospectiveScopes(parseJournal(example), TODAY).map((c) => c.label),
      [
        'Whole project',
        'Design phase',
        'Build phase',
        'Deploy phase',
        'Operate phase',
        'November 2026',
        'October 2026',
      ],
    );
    const choices = retrospectiveScopes(parseJournal(withRetrospective), TODAY);
    assert.deepEqual(choices[0], {
      scope: { kind: 'sinceLast' },
      label: 'Since 2026-11-21',
      description: 'since the last retrospective',
    });
  });

  it('is titled as the note it is saved as, which "since the last retrospective" then starts from', () => {
    const made = retrospective(example, parseJournal(example), TODAY, { kind: 'month', month: '2026-11' });
    assert.equal(made.label, 'November 2026');
    assert.ok(made.markdown.startsWith(`# ${retrospectiveNoteTitle('November 2026')}\n`));
    const saved = `${example}\n## 2026-11-24 10:00 Note: ${retrospectiveNoteTitle(made.label)}\n`;
    const next = retrospective(saved, parseJournal(saved), '2026-11-30', { kind: 'sinceLast' });
    assert.equal(next.label, 'Since 2026-11-24');
    assert.equal(next.from, '2026-11-24');
  });

  it("lists the period's deploys with their status, the failed ones and the change failure rate", () => {
    const text = [
      '---',
      'project: shipper',
      'started: 2026-11-01',
      '---',
      '',
      '## 2026-11-01 09:00 Phase: deploy',
      '',
      '## 2026-11-02 10:00 Deploy: v0.9',
      '- Status: succeeded',
      '',
      '## 2026-11-10 10:00 Deploy: v1.0',
      '- Status: succeeded',
      '- Commit: 3f9c2a17b0de',
      '',
      '## 2026-11-11 08:00 Incident: Checks stopped',
      '- Severity: SEV-2',
      '- Status: resolved',
      '- Deploy: v1.0',
      '',
      '## 2026-11-12 10:00 Deploy: v1.1',
      '- Status: rolled-back',
      '',
    ].join('\n');
    const section = (scope: RetrospectiveScope) => {
      const markdown = retrospective(text, parseJournal(text), TODAY, scope).markdown;
      return markdown.slice(markdown.indexOf('## Deploys'), markdown.indexOf('## Momentum')).trimEnd();
    };
    assert.equal(
      section({ kind: 'month', month: '2026-11' }),
      [
        '## Deploys',
        '',
        '- 2026-11-02 v0.9 · succeeded',
        '- 2026-11-10 v1.0 · succeeded · an incident names it · commit 3f9c2a1',
        '- 2026-11-12 v1.1 · rolled-back',
        '',
        '3 deploys, 2 failed: a change failure rate of 67%.',
      ].join('\n'),
    );
    assert.equal(section({ kind: 'month', month: '2026-10' }), '## Deploys\n\n- No deploy.');
  });
});
