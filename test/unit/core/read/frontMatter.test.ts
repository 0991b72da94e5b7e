import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import matter from 'gray-matter';
import { parseJournal } from '../../../../src/core';
import { EMPTY_CHARTER } from '../../../../src/core/read/frontMatter';
import { inTimeZone } from '../../timeZone';

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
      assert.match(
        journal.diagnostics[0].message,
        new RegExp(`front matter in "${language}" is not read: only YAML front matter is`),
      );
      assert.deepEqual(
        journal.entries.map((e) => e.title),
        ['still read'],
      );
    });
  }

  it('proves the hostile journal is hostile: gray-matter with its defaults would run it', () => {
    // The control for the tests above: the same text through gray-matter's own engines does write the file.
    matter(hostile('js'), {});
    assert.equal(fs.existsSync(marker), true);
  });

  it("leaves gray-matter's cache empty and gives equal, unshared results for the same text", () => {
    const text = fs.readFileSync(
      path.join(__dirname, '../../../../../test/fixtures/journals/format-example.md'),
      'utf8',
    );
    const first = parseJournal(text);
    const second = parseJournal(text);
    assert.deepEqual(first, second);
    assert.notEqual(first.charter, second.charter);
    assert.notEqual(first.charter.definitionOfDone, second.charter.definitionOfDone);
    (first.charter.definitionOfDone as string[]).push('mutated');
    assert.deepEqual(parseJournal(text).charter.definitionOfDone, [
      'Public URL with TLS',
      'Three people use it for 30 days',
    ]);
    assert.deepEqual(Object.keys((matter as unknown as { cache: object }).cache), []);
  });

  it('reads YAML dates as the day written, west and east of Greenwich', () => {
    for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
      inTimeZone(zone, () => {
        const journal = parseJournal(
          "---\nstarted: 2026-03-01\nlaunch_target: '2026-03-31'\nlaunched: 2024-02-29\n---\n",
        );
        assert.deepEqual(
          [journal.charter.started, journal.charter.launchTarget, journal.charter.launched],
          ['2026-03-01', '2026-03-31', '2024-02-29'],
          zone,
        );
      });
    }
  });

  it('reads YAML tags that would build objects as errors, not objects', () => {
    const journal = parseJournal('---\nproject: !!js/function "function () { return 1 }"\n---\n');
    assert.equal(journal.frontMatter.state, 'malformed');
    assert.equal(journal.charter.project, undefined);
  });
});

describe('front matter aliases', () => {
  /** Anchors `&a0` to `&a5`, each a list of four aliases to the one before: `*a5` spells out 4^6 strings. */
  const aliasTree = [
    'a0: &a0 [lol, lol, lol, lol]',
    ...Array.from({ length: 5 }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}, *a${i}, *a${i}, *a${i}]`),
  ];

  it('reads a list of aliases that would spell out to gigabytes as malformed, at its line, with entries still read', () => {
    const text = [
      '---',
      'project: bomb',
      ...aliasTree,
      `definition_of_done: [${Array(1_600).fill('*a5').join(', ')}]`,
      '---',
      '## 2026-01-02 Note: still read',
      '',
    ].join('\n');
    const journal = parseJournal(text);
    assert.equal(journal.frontMatter.state, 'malformed');
    assert.deepEqual(journal.charter, EMPTY_CHARTER);
    assert.deepEqual(
      journal.diagnostics.map((d) => [d.line, d.severity]),
      [[8, 'error']],
    );
    assert.match(
      journal.diagnostics[0].message,
      /^front matter is too large once its aliases \(`\*name`\) are spelt out: over [0-9,]+ characters;/,
    );
    assert.deepEqual(
      journal.entries.map((e) => e.title),
      ['still read'],
    );
  });

  it('counts a value that an alias makes part of itself as too large, not as an item', () => {
    const journal = parseJournal('---\ndefinition_of_done:\n  - &a [*a]\n---\n');
    assert.equal(journal.frontMatter.state, 'malformed');
    assert.deepEqual(
      journal.diagnostics.map((d) => [d.line, d.severity]),
      [[2, 'error']],
    );
  });

  it('stops a list of aliases used as a key before it is joined into one long string', () => {
    const text = [
      '---',
      `s: &s ${'x'.repeat(4_000)}`,
      `? [${Array(1_000).fill('*s').join(', ')}]`,
      ': 1',
      '---',
      '',
    ].join('\n');
    const journal = parseJournal(text);
    assert.equal(journal.frontMatter.state, 'malformed');
    assert.deepEqual(journal.charter.extra, {});
  });

  it('reads aliases used in moderation, and a long plain front matter, as usual', () => {
    const shared = parseJournal(
      '---\ncommon: &c [Public URL, Backups]\ndefinition_of_done: *c\nproject: &p demo\nnext_step: *p\n---\n',
    );
    assert.deepEqual(
      [shared.frontMatter.state, shared.charter.definitionOfDone, shared.charter.nextStep],
      ['ok', ['Public URL', 'Backups'], 'demo'],
    );
    const items = Array.from({ length: 10_000 }, (_, i) => `  - [step ${i}, {a: 1}]`);
    const long = parseJournal(['---', 'definition_of_done:', ...items, '---', ''].join('\n'));
    assert.equal(long.frontMatter.state, 'ok');
    assert.equal(long.charter.definitionOfDone.length, 10_000);
    assert.equal(long.charter.definitionOfDone[9_999], '["step 9999",{"a":1}]');
  });
});

describe('front matter as gray-matter splits it', () => {
  it('keeps the final blank line of a `|+` value that is last in the block, in LF and CRLF files', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = ['---', 'project: x', 'learning_goal: |+', '  keep me', '', '---', ''].join(eol);
      assert.equal(parseJournal(text).charter.learningGoal, 'keep me\n\n', JSON.stringify(eol));
    }
  });

  it('takes a closing `---` with trailing spaces, and reads key lines at their file line', () => {
    const journal = parseJournal('---\nproject: x\nstarted: someday\n---  \n## 2026-11-02 Note: after\n');
    assert.equal(journal.frontMatter.state, 'ok');
    assert.equal(journal.charter.project, 'x');
    assert.deepEqual(
      journal.diagnostics.map((d) => [d.line, d.message]),
      [[2, '`started` should be a day written YYYY-MM-DD; "someday" is ignored']],
    );
    assert.deepEqual(
      journal.entries.map((e) => e.title),
      ['after'],
    );
  });

  it('refuses a line inside the block that starts with `---`, at its line, rather than read half the charter', () => {
    const journal = parseJournal('---\nproject: x\n---x\nlearning_goal: y\n---\n## 2026-11-02 Note: after\n');
    assert.equal(journal.frontMatter.state, 'malformed');
    assert.equal(journal.charter.learningGoal, undefined);
    assert.deepEqual(
      journal.diagnostics.map((d) => [d.line, d.severity]),
      [[2, 'error']],
    );
    assert.match(journal.diagnostics[0].message, /a line inside it starts with `---`/);
  });
});
