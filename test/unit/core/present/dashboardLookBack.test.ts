import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dashboardHtml, journalStats, lessons, parseJournal } from '../../../../src/core';

const page = {
  cspSource: 'https://webview.test',
  styleUri: 'https://webview.test/dashboard.css',
  scriptUri: 'https://webview.test/dashboard.js',
  nonce: 'n0nce',
  folder: 'file:///home/me/uptime-bot',
};
const text = fs.readFileSync(
  path.join(__dirname, '../../../../../test/fixtures/journals/uptime-bot-with-retrospective.md'),
  'utf8',
);

describe('the dashboard, looking back', () => {
  const journal = parseJournal(text);
  const html = dashboardHtml(
    journal.charter,
    journalStats(journal, '2026-11-24'),
    page,
    journal.entries,
    lessons(text, journal),
  );

  it('shows the definition of done as a checklist with its count, the items as the journal wrote them', () => {
    assert.ok(html.includes('<h3>Definition of done <span class="muted">1 of 3 done</span></h3>'));
    assert.ok(html.includes('<li class="done">Public URL with TLS</li><li class="open">Three people use it'));
  });

  it('lists the due reviews among the decisions, each a link to its entry', () => {
    const line = journal.entries.find((e) => e.title === 'Keep check results for 30 days')?.line;
    assert.match(
      html,
      new RegExp(`<h3>Review due</h3><ul><li><a href="#" data-line="${line}">Keep check results for 30 days</a>`),
    );
  });

  it('has a Lessons section, newest first, each linking to its entry', () => {
    const section = /<section aria-labelledby="lessons">.*?<\/section>/s.exec(html)?.[0] ?? '';
    const lessonsShown = [...section.matchAll(/<li>(.*?) <span/g)].map((m) => m[1]);
    assert.deepEqual(lessonsShown, [
      // Both of Nov 23: the later entry in the journal first.
      'alerts need a second channel',
      'The alert fired once, a day before it mattered.',
      'lower the TTL a day before moving anything',
    ]);
    assert.equal((section.match(/data-line="/g) ?? []).length, 3);
  });
});
