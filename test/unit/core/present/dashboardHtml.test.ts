import * as assert from 'node:assert/strict';
import { dashboardHtml, journalStats, parseJournal } from '../../../../src/core';
import { generateJournal } from '../generateJournal';

const page = {
  cspSource: 'https://webview.test',
  styleUri: 'https://webview.test/dashboard.css',
  scriptUri: 'https://webview.test/dashboard.js',
  nonce: 'n0nce',
  folder: 'file:///home/me/uptime-bot',
};

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
    assert.equal(html.match(/<script/g)?.length, 1, "only the extension's own script tag");
    assert.match(html, /<script nonce="n0nce" src="https:\/\/webview.test\/dashboard.js"><\/script>/);
    for (const raw of ['<img', '<svg onload', '</svg></svg>', '</ul><script', "'><b>"]) {
      assert.ok(!html.includes(raw), `unescaped: ${raw}`);
    }
    // Every element in the page is one the page itself writes: none comes from the journal.
    const tags = new Set([...html.matchAll(/<([a-z][a-z0-9]*)/g)].map((m) => m[1]));
    assert.deepEqual(
      [...tags].filter(
        (t) =>
          ![
            'html',
            'head',
            'meta',
            'link',
            'title',
            'body',
            'header',
            'h1',
            'h2',
            'h3',
            'p',
            'span',
            'section',
            'ul',
            'ol',
            'li',
            'table',
            'tr',
            'th',
            'td',
            'a',
            'svg',
            'desc',
            'rect',
            'text',
            'line',
            'script',
          ].includes(t),
      ),
      [],
    );
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&lt;svg onload=alert(4)&gt;&lt;/svg&gt; [x](javascript:alert(5))'));
    assert.match(
      html,
      /content="default-src 'none'; style-src https:\/\/webview.test; img-src https:\/\/webview.test; script-src 'nonce-n0nce'"/,
    );
  });

  it('escapes a hostile journal with a 10,000-entry history just the same', () => {
    const payloads = [
      '<script>window.__pwned=1</script>',
      '"><img src=x onerror=alert(1)>',
      '</svg><script>alert(2)</script>',
      '[x](javascript:alert(3))',
    ];
    const tail = payloads
      .map(
        (p, i) =>
          `\n## 2026-11-2${i} 10:00 Incident: ${p}\n- Severity: SEV-1\n- Status: open\n\n${p}\n\n## 2026-11-2${i} 11:00 Decision: ${p}\n`,
      )
      .join('');
    const text =
      generateJournal(10_000)
        .replace(/^project: .*$/m, `project: ${JSON.stringify(payloads[0])}`)
        .replace(/^learning_goal: .*$/m, `learning_goal: ${JSON.stringify(payloads[1])}`) + tail;
    const journal = parseJournal(text);
    const html = dashboardHtml(journal.charter, journalStats(journal, '2026-11-24'), page);
    const tags = new Set([...html.matchAll(/<([a-z][a-z0-9]*)/g)].map((m) => m[1]));
    assert.deepEqual(
      [...tags].filter(
        (t) =>
          ![
            'html',
            'head',
            'meta',
            'link',
            'title',
            'body',
            'header',
            'h1',
            'h2',
            'h3',
            'p',
            'span',
            'section',
            'ul',
            'ol',
            'li',
            'table',
            'tr',
            'th',
            'td',
            'a',
            'svg',
            'desc',
            'rect',
            'text',
            'line',
            'script',
          ].includes(t),
      ),
      [],
    );
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.equal(journal.charter.project, payloads[0]);
    assert.equal(journal.entries.length, 10_008);
    assert.ok(!/<[^>]*\son[a-z]+=/i.test(html), 'an event handler attribute in the page');
    assert.ok(html.includes('&lt;script&gt;window.__pwned=1&lt;/script&gt;'));
  });

  it('gives the same markup for the same journal, day and nonce', () => {
    const journal = parseJournal(hostile);
    assert.equal(
      dashboardHtml(journal.charter, journalStats(journal, '2026-11-24'), page),
      dashboardHtml(journal.charter, journalStats(parseJournal(hostile), '2026-11-24'), page),
    );
  });

  const story = [
    '---',
    'project: uptime-bot',
    'started: 2026-11-02',
    'launch_target: 2026-12-02',
    'next_step: "Rehearse a restore <from> the backup & time it"',
    'paused_until: 2026-12-14',
    '---',
    '## 2026-11-02 Launch: live on day one',
    '## 2026-11-03 Decision: Use Caddy for TLS \\###',
    '- Status: proposed',
    '## 2026-11-04 Decision: Use PostgreSQL',
    '- Status: accepted',
    '## 2026-11-05 Decision: Keep <b>one</b> VM',
    '- Status: proposed',
    '## 2026-12-01 Decision: Not yet on the 24th',
    '- Status: proposed',
  ].join('\n');

  it('shows the next step at the top, escaped', () => {
    const journal = parseJournal(story);
    const html = dashboardHtml(journal.charter, journalStats(journal, '2026-11-24'), page, journal.entries);
    assert.match(
      html,
      /<p class="headline">23 days in production<\/p>\n<p class="next"><span class="muted">Next:<\/span> Rehearse a restore &lt;from&gt; the backup &amp; time it<\/p>/,
    );
  });

  it('lists the proposed decisions, newest first, titled and linked to their entries like incidents', () => {
    const journal = parseJournal(story);
    const html = dashboardHtml(journal.charter, journalStats(journal, '2026-11-24'), page, journal.entries);
    const section = html.slice(html.indexOf('<section aria-labelledby="decisions">'));
    assert.match(section, /<li>proposed: 3<\/li><li>accepted: 1<\/li>/);
    const listed = [
      ...section.matchAll(/<li><a href="#" data-line="(\d+)">([^<]*)<\/a> <span class="muted">([^<]*)<\/span><\/li>/g),
    ].map((m) => [Number(m[1]), m[2], m[3]]);
    const line = (title: string) => journal.entries.find((e) => e.title.startsWith(title))?.line;
    assert.deepEqual(
      listed,
      [
        [line('Keep'), 'Keep &lt;b&gt;one&lt;/b&gt; VM', 'proposed Nov 5'],
        [line('Use Caddy'), 'Use Caddy for TLS ###', 'proposed Nov 3'],
      ],
      'a decision dated after today is not listed yet; the title is unescaped for reading, then escaped for HTML',
    );
  });

  it('counts days as every view does: reaching production on the first day is day 1, and a pause is said', () => {
    const journal = parseJournal(story);
    const html = dashboardHtml(journal.charter, journalStats(journal, '2026-11-24'), page, journal.entries);
    assert.match(html, /<li>Nov 2: Reached production on day 1, 30 days before the target<\/li>/);
    assert.match(html, /momentum: Paused until Dec 14 · last entry Nov 5/);
    assert.match(html, /<span class="phase">Operate<\/span> <span class="muted">Nov 2 – today · day 23<\/span>/);
  });
});
