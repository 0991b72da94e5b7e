import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import {
  applyEdits,
  CharterNotEditableError,
  doneCountText,
  doneItems,
  parseJournal,
  toggleDoneItem,
} from '../../../../src/core';

const journalWith = (charterLines: string[], eol = '\n') =>
  ['---', 'project: p', ...charterLines, 'repo: x # mine', '---', '', '## 2026-01-02 Note: n', ''].join(eol);

function toggle(text: string, index: number): string {
  return applyEdits(text, [toggleDoneItem(text, parseJournal(text), index)]);
}

/** The lines that differ between two texts of the same line count. */
function changedLines(before: string, after: string): [string, string][] {
  const a = before.split('\n');
  const b = after.split('\n');
  assert.equal(a.length, b.length, 'the same number of lines');
  return a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i]] as [string, string]]));
}

describe('the definition of done as a checklist', () => {
  it('reads `[x] item` as done and any other item as not done, a link `[x](url)` too', () => {
    const text = journalWith([
      'definition_of_done:',
      '  - "[x] Public URL"',
      "  - '[ ] Three users'",
      '  - Backups',
      '  - "[x](https://example.com) is a link"',
    ]);
    const items = doneItems(parseJournal(text).charter);
    assert.deepEqual(items, [
      { text: 'Public URL', done: true },
      { text: 'Three users', done: false },
      { text: 'Backups', done: false },
      { text: '[x](https://example.com) is a link', done: false },
    ]);
    assert.equal(doneCountText(items), '1 of 4 done');
  });

  it('toggles one item on its own line, keeping its dash, indentation, comment and quoting', () => {
    const text = journalWith([
      'definition_of_done: # what done means',
      '    - Public URL with TLS   # the first',
      '    # a comment between items',
      "    - 'Three people: use it'",
      '    - "[x] Restore, rehearsed"',
      '    -   plain spaced',
    ]);
    assert.deepEqual(changedLines(text, toggle(text, 0)), [
      ['    - Public URL with TLS   # the first', '    - "[x] Public URL with TLS"   # the first'],
    ]);
    assert.deepEqual(changedLines(text, toggle(text, 1)), [
      ["    - 'Three people: use it'", "    - '[x] Three people: use it'"],
    ]);
    assert.deepEqual(changedLines(text, toggle(text, 2)), [
      ['    - "[x] Restore, rehearsed"', '    - Restore, rehearsed'],
    ]);
    assert.deepEqual(changedLines(text, toggle(text, 3)), [['    -   plain spaced', '    -   "[x] plain spaced"']]);
    // Twice is the original, for the plain and the single-quoted item alike.
    for (const i of [0, 1, 3]) assert.equal(toggle(toggle(text, i), i), text);
    assert.deepEqual(doneItems(parseJournal(toggle(text, 1)).charter)[1], { text: 'Three people: use it', done: true });
  });

  it('keeps CRLF and a BOM, and counts items as the charter does (empty ones left out)', () => {
    const text = `\uFEFF${journalWith(['definition_of_done:', '  -', '  - a', '  - ~', '  - b'], '\r\n')}`;
    const after = toggle(text, 1);
    assert.equal(after, text.replace('  - b\r\n', '  - "[x] b"\r\n'));
  });

  it('refuses a list not written one item per line, a malformed charter, and an index past the end', () => {
    const flow = journalWith(['definition_of_done: [a, b]']);
    assert.throws(() => toggle(flow, 0), CharterNotEditableError);
    const folded = journalWith(['definition_of_done:', '  - "a long', '    item"']);
    assert.throws(() => toggle(folded, 0), CharterNotEditableError);
    assert.throws(() => toggle(journalWith(['definition_of_done:', '  - a']), 1), CharterNotEditableError);
    assert.throws(() => toggle('---\nproject: [\n---\n', 0), CharterNotEditableError);
  });

  it('changes only the toggled item, whatever its text (property)', () => {
    const itemArb = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('[x] done', '[X] Done', '[ ] open', 'a: b', '# hash', "it's", '"q"', '- dash', 'x #c'),
    );
    fc.assert(
      fc.property(
        fc.array(itemArb, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.constantFrom('\n', '\r\n'),
        (raw, pick, eol) => {
          const items = raw
            // eslint-disable-next-line no-control-regex -- a charter item is one line: control characters go
            .map((s) => s.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, ' ').trim())
            .filter((s) => s);
          if (items.length === 0) return;
          const lines = ['definition_of_done:', ...items.map((i) => `  - ${JSON.stringify(i)} # keep`)];
          const text = journalWith(lines, eol);
          const journal = parseJournal(text);
          const index = pick % journal.charter.definitionOfDone.length;
          let after: string;
          try {
            after = toggle(text, index);
          } catch (error) {
            assert.ok(error instanceof CharterNotEditableError);
            return;
          }
          const before = doneItems(journal.charter);
          const now = doneItems(parseJournal(after).charter);
          assert.deepEqual(now[index], { text: before[index].text, done: !before[index].done });
          now.forEach((item, i) => i !== index && assert.deepEqual(item, before[i]));
          const a = text.split(eol);
          const b = after.split(eol);
          assert.equal(b.length, a.length);
          assert.deepEqual(
            a.flatMap((l, i) => (l === b[i] ? [] : [i])),
            [3 + index],
          );
          assert.ok(b[3 + index].endsWith(' # keep'));
        },
      ),
      { seed: 20261124, numRuns: 500 },
    );
  });
});
