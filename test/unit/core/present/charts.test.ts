import * as assert from 'node:assert/strict';
import {
  ACTIVITY_GUTTER,
  activityModel,
  activitySvg,
  journalStats,
  lifecycle,
  momentum,
  parseJournal,
  timelineModel,
  timelineSvg,
} from '../../../../src/core';

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
        ['design', '2026-10-05', '2026-10-12', 8, false, 0, 70],
        ['build', '2026-10-12', '2026-10-20', 9, false, 70, 80],
        ['deploy', '2026-10-20', '2026-10-25', 6, false, 150, 50],
        ['operate', '2026-10-25', '2026-11-13', 20, true, 200, 200],
      ],
    );
    assert.deepEqual([model.launchX, model.targetX], [200, 300]);
  });

  it('timeline: the axis reaches the launch target when it is still ahead', () => {
    const early = timelineModel(lifecycle(journal, '2026-10-14'), '2026-10-14', 310);
    assert.equal(early.totalDays, 31); // 2026-10-05 to the target, 2026-11-04
    assert.deepEqual([early.launchX, early.targetX], [undefined, 300]);
  });

  it('timeline: launch and target are ticks under the bars, never across a phase label', () => {
    const svg = timelineSvg(timelineModel(lifecycle(journal, '2026-11-13'), '2026-11-13', 400), 400);
    const bars = [...svg.matchAll(/<rect [^>]*y="(\d+)"[^>]*height="(\d+)"/g)].map((m) => Number(m[1]) + Number(m[2]));
    const bottom = Math.max(...bars);
    const ticks = [
      ...svg.matchAll(/<line class="(launch|target)" x1="([\d.]+)" x2="[\d.]+" y1="([\d.]+)" y2="([\d.]+)"\/>/g),
    ];
    assert.deepEqual(
      ticks.map((m) => [m[1], Number(m[2])]),
      [
        ['launch', 200],
        ['target', 300],
      ],
    );
    for (const m of ticks) {
      assert.ok(
        Number(m[3]) > bottom && Number(m[4]) > bottom,
        `${m[1]} runs from ${m[3]} to ${m[4]}, across the bars (bottom ${bottom})`,
      );
    }
    assert.match(svg, /<text class="label" x="204" y="25">Operate<\/text>/);
  });

  it('activity: one bar per ISO week after the scale, scaled to the busiest, the drop marked from its week on', () => {
    const m = momentum(journal, '2026-11-13');
    const model = activityModel(m, 600 + ACTIVITY_GUTTER);
    assert.deepEqual(
      model.bars.map((b) => [b.start, b.count, b.x - ACTIVITY_GUTTER, b.height]),
      [
        ['2026-10-05', 3, 0, 100],
        ['2026-10-12', 3, 100, 100],
        ['2026-10-19', 2, 200, 66.7],
        ['2026-10-26', 0, 300, 0],
        ['2026-11-02', 0, 400, 0],
        ['2026-11-09', 0, 500, 0],
      ],
    );
    assert.deepEqual([model.barWidth, model.max], [100, 3]);
    // Quiet since the day after the launch (2026-10-26, a Monday): 18 days without an entry.
    assert.equal(m.dropSince, '2026-10-26');
    assert.equal(model.dropIndex, 3);
    const svg = activitySvg(model, '2026-11-13', 600 + ACTIVITY_GUTTER);
    assert.match(
      svg,
      /<desc id="activity-desc">8 entries over 6 weeks, at most 3 in a week; the enthusiasm drop began in the week of Oct 26<\/desc>/,
    );
    assert.equal(
      svg.match(/<rect class="week quiet" x="\d+(\.\d+)?" y="\d+(\.\d+)?" width="99"/g)?.length,
      3,
      'three quiet bars',
    );
  });

  it('activity: a baseline, a scale from 0 to the busiest week, and a legend of what is drawn', () => {
    const width = 600 + ACTIVITY_GUTTER;
    const svg = activitySvg(activityModel(momentum(journal, '2026-11-13'), width), '2026-11-13', width);
    // The baseline runs under the bars, where every bar ends (top 16 + 100).
    assert.match(svg, new RegExp(`<line class="baseline" x1="${ACTIVITY_GUTTER}" x2="${width}" y1="116" y2="116"/>`));
    const bars = [
      ...svg.matchAll(/<rect class="week[^"]*" x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"><title>/g),
    ];
    assert.equal(bars.length, 6);
    for (const [, y, height] of bars) {
      assert.ok(Math.abs(Number(y) + Number(height) - 116) < 0.01, `a bar from ${y} ends at the baseline`);
    }
    assert.match(
      svg,
      /<text class="axis scale" x="24" y="20">3<\/text><text class="axis scale" x="24" y="120">0<\/text>/,
    );
    assert.match(svg, /<line class="grid" x1="28" x2="628" y1="16" y2="16"\/>/);
    const legend = [...svg.matchAll(/<text class="legend"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    assert.deepEqual(legend, ['entries in a week', 'weeks since the drop', 'enthusiasm drop']);
    const busy = activitySvg(activityModel(momentum(journal, '2026-10-25'), width), '2026-10-25', width);
    assert.deepEqual(
      [...busy.matchAll(/<text class="legend"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]),
      ['entries in a week'],
      'no drop, no drop in the legend',
    );
  });

  it('draws the same markup for the same journal and day, with text alternatives', () => {
    const stats = journalStats(journal, '2026-11-13');
    const a =
      timelineSvg(timelineModel(stats.lifecycle, '2026-11-13')) +
      activitySvg(activityModel(stats.momentum), '2026-11-13');
    const again = journalStats(parseJournal(text), '2026-11-13');
    assert.equal(
      a,
      timelineSvg(timelineModel(again.lifecycle, '2026-11-13')) +
        activitySvg(activityModel(again.momentum), '2026-11-13'),
    );
    assert.match(a, /role="img" aria-labelledby="timeline-title timeline-desc"/);
    assert.match(
      a,
      /<desc id="timeline-desc">Design Oct 5 to Oct 12, 8 days; Build Oct 12 to Oct 20, 9 days; Deploy Oct 20 to Oct 25, 6 days; Operate Oct 25 to today, day 20<\/desc>/,
    );
  });
});
