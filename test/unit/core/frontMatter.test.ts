import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import matter from 'gray-matter';
import { parseJournal } from '../../../src/core';
import { inTimeZone } from '../timeZone';

describe('front matter safety', () => {
  const marker = path.join(os.tmpdir(), `spj-pwned-${process.pid}`);
  const globalName = '__sideProjectPwned';
  const hostile = (language: string) =>
    [
      `---${language}`,
      '{',
      `  project: (function () { require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); globalThis.${globalName} = true; return 'pwned'; })()`,
      '}',
      '---',
      '## 2026-01-01 Note: still read',
      '',
    ].join('\n');

  afterEach(() => {
    fs.rmSync(marker, { force: true });
    delete (globalThis as Record<string, unknown>)[globalName];
  });

  for (const language of ['js', 'javascript', 'JS', 'coffee']) {
    it(`runs nothing from ---${language} front matter, and says why`, () => {
      const journal = parseJournal(hostile(language));
      assert.equal(fs.existsSync(marker), false, 'the journal wrote a file');
      assert.equal((globalThis as Record<string, unknown>)[globalName], undefined, 'the journal set a global');
      assert.equal(journal.frontMatter.state, 'malformed');
      assert.equal(journal.charter.project, undefined);
      assert.equal(journal.diagnostics[0].line, 0);
      assert.match(journal.diagnostics[0].message, new RegExp(`front matter in "${language}" is not read: only YAML front matter is`));
      assert.deepEqual(journal.entries.map((e) => e.title), ['still read']);
    });
  }

  it('proves the hostile journal is hostile: gray-matter with its defaults would run it', () => {
    // The control for the tests above: the same text through gray-matter's own engines does write the file.
    matter(hostile('js'), {});
    assert.equal(fs.existsSync(marker), true);
  });

  it('leaves gray-matter\'s cache empty and gives equal, unshared results for the same text', () => {
    const text = fs.readFileSync(path.join(__dirname, '../../../../test/fixtures/journals/format-example.md'), 'utf8');
    const first = parseJournal(text);
    const second = parseJournal(text);
    assert.deepEqual(first, second);
    assert.notEqual(first.charter, second.charter);
    assert.notEqual(first.charter.definitionOfDone, second.charter.definitionOfDone);
    (first.charter.definitionOfDone as string[]).push('mutated');
    assert.deepEqual(parseJournal(text).charter.definitionOfDone, ['Public URL with TLS', 'Three people use it for 30 days']);
    assert.deepEqual(Object.keys((matter as unknown as { cache: object }).cache), []);
  });

  it('reads YAML dates as the day written, west and east of Greenwich', () => {
    for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
      inTimeZone(zone, () => {
        const journal = parseJournal("---\nstarted: 2026-03-01\nlaunch_target: '2026-03-31'\nlaunched: 2024-02-29\n---\n");
        assert.deepEqual([journal.charter.started, journal.charter.launchTarget, journal.charter.launched], ['2026-03-01', '2026-03-31', '2024-02-29'], zone);
      });
    }
  });

  it('reads YAML tags that would build objects as errors, not objects', () => {
    const journal = parseJournal('---\nproject: !!js/function "function () { return 1 }"\n---\n');
    assert.equal(journal.frontMatter.state, 'malformed');
    assert.equal(journal.charter.project, undefined);
  });
});
