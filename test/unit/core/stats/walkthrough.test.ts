import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { journalStats, parseJournal, walkthroughProgress } from '../../../../src/core';

const read = (text: string, today: string) => {
  const journal = parseJournal(text);
  return { journal, stats: journalStats(journal, today) };
};
const example = fs.readFileSync(
  path.join(__dirname, '../../../../../examples/uptime-bot/.sideproject/journal.md'),
  'utf8',
);

describe('the walkthrough progress', () => {
  it('a folder without a journal has done nothing yet', () => {
    assert.deepEqual(walkthroughProgress([]), {
      started: false,
      building: false,
      decided: false,
      launched: false,
      incidentResolved: false,
      deployed: false,
      postmortem: false,
    });
  });

  it('a new journal is started, and nothing more', () => {
    assert.deepEqual(
      walkthroughProgress([read('---\nstarted: 2026-11-24\n---\n## 2026-11-24 Phase: design\n', '2026-11-24')]),
      {
        started: true,
        building: false,
        decided: false,
        launched: false,
        incidentResolved: false,
        deployed: false,
        postmortem: false,
      },
    );
  });

  it('the example project, launched and past its first incident, has done every step', () => {
    assert.deepEqual(walkthroughProgress([read(example, '2026-12-20')]), {
      started: true,
      building: true,
      decided: true,
      launched: true,
      incidentResolved: true,
      deployed: false,
      postmortem: false,
    });
  });

  it('each step on its own: past design, a decision, in production by today, a resolved incident', () => {
    const only = (entries: string, today = '2026-11-24') =>
      walkthroughProgress([read(`---\nstarted: 2026-11-01\n---\n${entries}`, today)]);
    assert.equal(only('## 2026-11-02 Phase: build\n').building, true);
    assert.equal(
      only('## 2026-11-02 Phase: build\n## 2026-11-03 Phase: design\n').building,
      true,
      'having built counts, even back in design',
    );
    assert.equal(only('## 2026-11-02 Decision: x\n- Status: proposed\n').decided, true);
    assert.equal(only('## 2026-11-30 Launch: live\n').launched, false, 'a launch dated after today');
    assert.equal(only('## 2026-11-20 Launch: live\n').launched, true);
    assert.equal(only('## 2026-11-20 Incident: x\n- Status: mitigated\n').incidentResolved, false);
    assert.equal(only('## 2026-11-20 Incident: x\n- Status: resolved\n').incidentResolved, true);
  });

  it('in a multi-root workspace, a step is done when any folder did it', () => {
    const progress = walkthroughProgress([
      read('## 2026-11-02 Decision: x\n', '2026-11-24'),
      read('## 2026-11-02 Launch: live\n', '2026-11-24'),
    ]);
    assert.deepEqual([progress.decided, progress.launched], [true, true]);
  });
});

describe('the walkthrough steps of the operate phase', () => {
  const only = (entries: string) =>
    walkthroughProgress([
      {
        journal: parseJournal(`---\nstarted: 2026-11-01\n---\n${entries}`),
        stats: journalStats(parseJournal(`---\nstarted: 2026-11-01\n---\n${entries}`), '2026-11-24'),
      },
    ]);

  it('the first deploy is done once the journal holds a Deploy entry', () => {
    assert.equal(only('## 2026-11-20 Note: deployed, said in words\n').deployed, false);
    assert.equal(only('## 2026-11-20 Deploy: v1\n- Status: failed\n').deployed, true);
  });

  it('the first postmortem is done once an incident has action items, open or done', () => {
    assert.equal(only('## 2026-11-20 Incident: x\n- Status: resolved\n\n### Resolution\n- Fix: y\n').postmortem, false);
    assert.equal(only('## 2026-11-20 Incident: x\n- Status: resolved\n\n### Action items\n- [x] z\n').postmortem, true);
  });
});
