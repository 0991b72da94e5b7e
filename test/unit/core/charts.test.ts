import * as assert from 'node:assert/strict';
import { activityModel, activitySvg, journalStats, lifecycle, momentum, parseJournal, timelineModel, timelineSvg } from '../../../src/core';

const text = [
  '---',
  'started: 2026-10-05',
  'launch_target: 2026-11-04',
  '---',
  '## 2026-10-05 Phase: design',
  '## 2026-10-06 Note: a',
  '## 2026-10-07 Note: b',
  '## 2026-10-12 Phase: build',
  '## 2026-10-13 Note: c',
  '## 2026-10-14 Note: d',
  '## 2026-10-20 Phase: deploy',
  '## 2026-10-25 Launch: live',
].join('\n');

describe('the charts', () => {
  const journal = parseJournal(text);

  it('timeline: one span per phase visit, placed by day, the current one marked, launch and target marked', () => {
    const model = timelineModel(lifecycle(journal, '2026-11-13'), '2026-11-13', 400);
    // 2026-10-05 to 2026-11-13 inclusive: 40 days on a 400-wide axis, 10 units a day.
    assert.equal(model.totalDays, 40);
    assert.deepEqual(
      model.spans.map((s) => [s.phase, s.start, s.end, s.days, s.current, s.x, s.width]),
      [
        ['design', '2026-10-05', '2026-10-12', 7, false, 0, 70],
        ['build', '2026-10-12', '2026-10-20', 8, false, 70, 80],
        ['deploy', '2026-10-20', '2026-10-25', 5, false, 150, 50],
        ['operate', '2026-10-25', '2026-11-13', 19, true, 200, 200],
      ],
    );
    assert.deepEqual([model.launchX, model.targetX], [200, 300]);
  });

  it('timeline: the axis reaches the launch target when it is still ahead', () => {
    const early = timelineModel(lifecycle(journal, '2026-10-14'), '2026-10-14', 310);
    assert.equal(early.totalDays, 31); // 2026-10-05 to the target, 2026-11-04
    assert.deepEqual([early.launchX, early.targetX], [undefined, 300]);
  });

  it('activity: one bar per ISO week, scaled to the busiest, the drop marked from its week on', () => {
    const m = momentum(journal, '2026-11-13');
    const model = activityModel(m, 600);
    assert.deepEqual(model.bars.map((b) => [b.start, b.count, b.x, b.height]), [
      ['2026-10-05', 3, 0, 100],
      ['2026-10-12', 3, 100, 100],
      ['2026-10-19', 2, 200, 66.7],
      ['2026-10-26', 0, 300, 0],
      ['2026-11-02', 0, 400, 0],
      ['2026-11-09', 0, 500, 0],
    ]);
    assert.deepEqual([model.barWidth, model.max], [100, 3]);
    // Quiet since the day after the launch (2026-10-26, a Monday): 18 days without an entry.
    assert.equal(m.dropSince, '2026-10-26');
    assert.equal(model.dropIndex, 3);
    const svg = activitySvg(model, '2026-11-13', 600);
    assert.match(svg, /<desc id="activity-desc">8 entries over 6 weeks, at most 3 in a week; the enthusiasm drop began in the week of Oct 26<\/desc>/);
    assert.equal(svg.match(/class="week quiet"/g)?.length, 3);
  });

  it('draws the same markup for the same journal and day, with text alternatives', () => {
    const stats = journalStats(journal, '2026-11-13');
    const a = timelineSvg(timelineModel(stats.lifecycle, '2026-11-13')) + activitySvg(activityModel(stats.momentum), '2026-11-13');
    const again = journalStats(parseJournal(text), '2026-11-13');
    assert.equal(a, timelineSvg(timelineModel(again.lifecycle, '2026-11-13')) + activitySvg(activityModel(again.momentum), '2026-11-13'));
    assert.match(a, /role="img" aria-labelledby="timeline-title timeline-desc"/);
    assert.match(a, /<desc id="timeline-desc">Design Oct 5 to Oct 12, 7 days; Build Oct 12 to Oct 20, 8 days; Deploy Oct 20 to Oct 25, 5 days; Operate Oct 25 to today, day 20<\/desc>/);
  });
});
