// A journal of years of use: 10,000 entries, about 5 MB. Reading it must find every entry and nothing
// wrong with it. (How fast is measured by the benchmark, not asserted here.)
import * as assert from 'node:assert/strict';
import { metadataValue, parseJournal, sanitizeTitle } from '../../../src/core';
import { generateJournal, generatedDraft } from './generateJournal';

const MB = 1_000_000;
const ENTRIES = 10_000;

describe('a large journal', function () {
  this.timeout(60_000);

  it('is generated the same way every time, and differently for another seed', () => {
    assert.equal(generateJournal(300), generateJournal(300));
    assert.notEqual(generateJournal(300, 2), generateJournal(300));
  });

  it(`reads all ${ENTRIES.toLocaleString('en')} entries of a 5 MB journal, with no errors`, () => {
    const text = generateJournal(ENTRIES);
    const bytes = Buffer.byteLength(text, 'utf8');
    assert.ok(bytes >= 4.5 * MB && bytes <= 5.5 * MB, `${bytes} bytes`);
    // What makes it realistic is in it: non-ASCII text, both fence styles, escaped entry-like body lines.
    assert.ok(text.includes('Zürich, 東京, emoji 🚀'));
    assert.ok(text.includes('\n```ts\n') && text.includes('\n~~~sql\n'));
    assert.ok(text.includes('\n\\## 2015-06-01 Note: from the old log\n'));

    const journal = parseJournal(text);
    assert.equal(journal.entries.length, ENTRIES);
    assert.equal(journal.frontMatter.state, 'ok');
    assert.equal(journal.charter.project, 'uptime-bot');
    assert.deepEqual(
      journal.diagnostics.filter((d) => d.severity === 'error'),
      [],
    );

    const last = journal.entries[ENTRIES - 1];
    const written = generatedDraft(ENTRIES - 1);
    assert.equal(last.kind, written.kind);
    assert.equal(last.date, written.date);
    assert.equal(last.time, written.time);
    assert.equal(last.title, sanitizeTitle(written.title));
    assert.equal(last.end, text.length);

    // Every kind is there, and incidents carry their metadata.
    assert.deepEqual(
      new Set(journal.entries.map((e) => e.kind)),
      new Set(['phase', 'decision', 'incident', 'note', 'launch']),
    );
    const incidents = journal.entries.filter((e) => e.kind === 'incident');
    assert.ok(incidents.length > 1000);
    for (const incident of incidents) {
      assert.match(metadataValue(incident, 'Severity') ?? '', /^SEV-[1-4]$/);
      assert.match(metadataValue(incident, 'Detected') ?? '', /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    }
    // Spot checks across the file: each entry is the one written at its place.
    for (const i of [0, 1, 2, 1234, 5000, 9998]) {
      const draft = generatedDraft(i);
      assert.deepEqual(
        [journal.entries[i].kind, journal.entries[i].date, journal.entries[i].title],
        [draft.kind, draft.date, draft.title],
      );
    }
  });
});
