import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dayCount, lifecycle, parseJournal } from '../../../../src/core';
import { inTimeZone } from '../../timeZone';

const example = parseJournal(
  fs.readFileSync(path.join(__dirname, '../../../../../test/fixtures/journals/format-example.md'), 'utf8'),
);

describe('lifecycle', () => {
  it('dates the phases of the example journal and counts days in production from launch day as day 1', () => {
    const life = lifecycle(example, '2026-11-24');
    assert.deepEqual(life.history, [
      { phase: 'design', start: '2026-11-02', end: '2026-11-20', days: 19 },
      { phase: 'operate', start: '2026-11-20', end: undefined, days: 5 },
    ]);
    assert.deepEqual(
      life.phases.map((p) => [p.phase, p.state, p.days]),
      [
        ['design', 'done', 19],
        ['build', 'skipped', 0],
        ['deploy', 'skipped', 0],
        ['operate', 'current', 5],
        ['maintain', 'not-reached', 0],
      ],
    );
    assert.deepEqual(
      [
        life.currentPhase,
        life.currentSince,
        life.dayOfPhase,
        life.launchedOn,
        life.daysInProduction,
        life.daysToProduction,
        life.launchVsTarget,
        life.daysToTarget,
      ],
      ['operate', '2026-11-20', 5, '2026-11-20', 5, 19, -12, undefined],
    );
  });

  it('is day 1 in production on launch day and counts down to the target before it', () => {
    assert.equal(lifecycle(example, '2026-11-20').daysInProduction, 1);
    const before = lifecycle(example, '2026-11-19');
    assert.deepEqual([before.daysInProduction, before.daysToTarget, before.currentPhase], [undefined, 13, 'design']);
  });

  it('says how many days the launch is overdue', () => {
    const journal = parseJournal(
      '---\nstarted: 2026-01-01\nlaunch_target: 2026-01-31\n---\n## 2026-01-01 Phase: build\n',
    );
    assert.equal(lifecycle(journal, '2026-01-31').daysToTarget, 0);
    assert.equal(lifecycle(journal, '2026-02-03').daysToTarget, -3);
  });

  it('defaults the launch target to started + launchTargetDays', () => {
    const journal = parseJournal('---\nstarted: 2026-01-31\n---\n');
    assert.equal(lifecycle(journal, '2026-02-01').launchTarget, '2026-03-02');
    assert.equal(lifecycle(journal, '2026-02-01', 10).launchTarget, '2026-02-10');
  });

  it('takes the earlier of `launched` and the first Launch entry', () => {
    const journal = parseJournal(
      '---\nstarted: 2025-01-01\nlaunched: 2025-03-01\n---\n## 2025-04-01 Launch: relaunch\n',
    );
    assert.equal(lifecycle(journal, '2025-04-02').launchedOn, '2025-03-01');
  });

  it('rolls over at local midnight, across a DST night and a leap day', () => {
    inTimeZone('Europe/Berlin', () => {
      const journal = parseJournal('## 2028-02-27 Launch: live\n');
      assert.equal(lifecycle(journal, '2028-02-28').daysInProduction, 2);
      assert.equal(lifecycle(journal, '2028-02-29').daysInProduction, 3);
      assert.equal(lifecycle(journal, '2028-03-01').daysInProduction, 4);
      assert.equal(lifecycle(journal, '2028-03-26').daysInProduction, 29);
      assert.equal(lifecycle(journal, '2028-03-27').daysInProduction, 30);
    });
  });

  it('records returns to an earlier phase as spans, each at least a day long even when dates go backwards', () => {
    const journal = parseJournal(
      [
        '## 2026-01-10 Phase: build',
        '## 2026-01-20 Phase: deploy',
        '## 2026-01-15 Phase: build',
        '## 2026-01-25 Phase: deploy',
      ].join('\n'),
    );
    const life = lifecycle(journal, '2026-01-30');
    assert.deepEqual(
      life.history.map((s) => [s.phase, s.start, s.days]),
      [
        ['design', '2026-01-10', 1],
        ['build', '2026-01-10', 11],
        ['deploy', '2026-01-20', 1],
        ['build', '2026-01-15', 11],
        ['deploy', '2026-01-25', 6],
      ],
    );
    assert.equal(life.phases.find((p) => p.phase === 'build')?.days, 22);
  });

  it('counts every stretch of days one way: the first day is day 1, the last one counts', () => {
    assert.equal(dayCount('2026-11-24', '2026-11-24'), 1);
    assert.equal(dayCount('2026-11-20', '2026-11-24'), 5);
    assert.equal(dayCount('2026-11-24', '2026-11-20'), 1, 'dates going backwards still make one day');
    const today = parseJournal(
      '---\nstarted: 2026-11-24\n---\n## 2026-11-24 Phase: design\n## 2026-11-24 Phase: build\n## 2026-11-24 Launch: live\n',
    );
    const life = lifecycle(today, '2026-11-24');
    assert.deepEqual(
      life.history.map((s) => [s.phase, s.days]),
      [
        ['design', 1],
        ['build', 1],
        ['operate', 1],
      ],
      'phases that began and ended today lasted 1 day',
    );
    assert.deepEqual([life.dayOfPhase, life.daysInProduction, life.daysToProduction], [1, 1, 1]);
  });
});
