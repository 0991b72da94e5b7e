import * as assert from 'node:assert/strict';
import { dashboardHtml, journalStats, parseJournal } from '../../../src/core';

const page = { cspSource: 'https://webview.test', styleUri: 'https://webview.test/dashboard.css', scriptUri: 'https://webview.test/dashboard.js', nonce: 'n0nce', folder: 'file:///home/me/uptime-bot' };

describe('the dashboard page', () => {
  const hostile = [
    '---',
    'project: "<script>alert(1)</script>"',
    'learning_goal: "\\"><img src=x onerror=alert(2)>"',
    'definition_of_done:',
    '  - "</ul><script>alert(3)</script>"',
    '---',
    '## 2026-11-02 Incident: <svg onload=alert(4)></svg> [x](javascript:alert(5))',
    "- Severity: SEV-1'><b>",
    '- Status: open',
  ].join('\n');

  it('escapes every byte of journal text and allows only the nonce script', () => {
    const html = dashboardHtml(parseJournal(hostile).charter, journalStats(parseJournal(hostile), '2026-11-24'), page);
    assert.equal(html.match(/<script/g)?.length, 1, 'only the extension\'s own script tag');
    assert.match(html, /<script nonce="n0nce" src="https:\/\/webview.test\/dashboard.js"><\/script>/);
    for (const raw of ['<img', '<svg onload', '</svg></svg>', '</ul><script', "'><b>"]) assert.ok(!html.includes(raw), `unescaped: ${raw}`);
    // Every element in the page is one the page itself writes: none comes from the journal.
    const tags = new Set([...html.matchAll(/<([a-z][a-z0-9]*)/g)].map((m) => m[1]));
    assert.deepEqual([...tags].filter((t) => !['html', 'head', 'meta', 'link', 'title', 'body', 'header', 'h1', 'h2', 'h3', 'p', 'span', 'section', 'ul', 'ol', 'li', 'a', 'svg', 'desc', 'rect', 'text', 'line', 'script'].includes(t)), []);
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&lt;svg onload=alert(4)&gt;&lt;/svg&gt; [x](javascript:alert(5))'));
    assert.match(html, /content="default-src 'none'; style-src https:\/\/webview.test; img-src https:\/\/webview.test; script-src 'nonce-n0nce'"/);
  });

  it('gives the same markup for the same journal, day and nonce', () => {
    const journal = parseJournal(hostile);
    assert.equal(dashboardHtml(journal.charter, journalStats(journal, '2026-11-24'), page), dashboardHtml(journal.charter, journalStats(parseJournal(hostile), '2026-11-24'), page));
  });
});
