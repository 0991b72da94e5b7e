// The Delivery section of the dashboard and the weekly chart's second series, from known journals.
import * as assert from 'node:assert/strict';
import {
  activityModel,
  activitySvg,
  dashboardHtml,
  deliverySvg,
  journalStats,
  parseJournal,
  type GitHistory,
} from '../../../../src/core';

const page = {
  cspSource: 'https://webview.test',
  styleUri: 'https://webview.test/dashboard.css',
  scriptUri: 'https://webview.test/dashboard.js',
  nonce: 'n0nce',
  folder: 'file:///home/me/p',
};

const text = [
  '---',
  'project: p',
  'started: 2026-11-02',
  '---',
  '',
  '## 2026-11-10 21:00 Deploy: <b>v1</b>',
  '- Commit: aaaaaaaaaaaa',
  '',
  '## 2026-11-17 21:00 Deploy: v2',
  '- Status: rolled-back',
  '',
  '## 2026-11-18 02:10 Incident: down',
  '- Status: resolved',
  '- Detected: 2026-11-18 02:10',
  '- Resolved: 2026-11-18 02:40',
  '',
].join('\n');
const at = (day: number, hour: number) => new Date(2026, 10, day, hour).getTime();
const history: GitHistory = {
  commits: [
    { sha: 'b'.repeat(40), authorTime: at(20, 9), commitTime: at(20, 9), parents: ['a'.repeat(40)] },
    { sha: 'a'.repeat(40), authorTime: at(10, 19), commitTime: at(10, 19), parents: [] },
  ],
  deployTags: [{ name: 'deploy-3', sha: 'b'.repeat(40) }],
};

describe('the Delivery section', () => {
  const journal = parseJournal(text);
  const stats = journalStats(journal, '2026-11-24', undefined, history);

  it('lists the four metrics with their bands, and a chart of deploys per week', () => {
    const html = dashboardHtml(journal.charter, stats, page, journal.entries);
    const section = /<section aria-labelledby="delivery"><h2 id="delivery">Delivery<\/h2>(.*?)<\/section>/s.exec(html);
    assert.ok(section, 'a Delivery section');
    const rows = [...section[1].matchAll(/<tr><th scope="row">(.*?)<\/th><td>(.*?)<\/td><td>(.*?)<\/td><\/tr>/g)];
    assert.deepEqual(
      rows.map((r) => [r[1], r[2], r[3].replace(/<[^>]+>/g, '')]),
      [
        ['Deployment frequency', '0.8 per week over the last 4 weeks · 0.9 per week overall (3 deploys)', 'High'],
        ['Lead time for changes', 'median 1 h over 2 commits', 'High'],
        ['Change failure rate', '33%: 1 of 3 deploys failed, rolled back or caused an incident', 'Medium'],
        ['Time to restore', 'median 30 min over 1 incident', 'Elite'],
      ],
    );
    assert.match(section[1], /<svg class="chart delivery"[^>]*role="img"/);
    assert.match(section[1], /<desc id="delivery-desc">3 deploys in the last 12 weeks, 1 failed, at most 2 in a week/);
  });

  it('escapes deploy titles in the chart and the page', () => {
    const html = dashboardHtml(journal.charter, stats, page, journal.entries);
    assert.doesNotMatch(html, /<b>v1/);
    assert.doesNotMatch(deliverySvg(stats.delivery, '2026-11-24'), /<b>/);
  });

  it('draws commit days as a second series beside the entries, with its legend', () => {
    const model = activityModel(stats.momentum);
    assert.equal(model.commits, true);
    assert.deepEqual(
      model.bars.map((b) => [b.start, b.count, b.commitDays]),
      [
        ['2026-11-02', 0, 0],
        ['2026-11-09', 1, 1],
        ['2026-11-16', 2, 1],
        ['2026-11-23', 0, 0],
      ],
    );
    const svg = activitySvg(model, '2026-11-24');
    assert.equal(svg.match(/<rect class="commits"/g)?.length, 5, 'a bar a week, and the legend swatch');
    assert.match(svg, />days with commits</);
    assert.match(svg, /3 entries and 2 days with commits over 4 weeks/);
    const without = activitySvg(activityModel(journalStats(journal, '2026-11-24').momentum), '2026-11-24');
    assert.doesNotMatch(without, /commits/, 'without git, the chart is as before');
  });
});
