import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { entryBody, metadataValue, parseJournal } from '../../../src/core';

const WRITERS = 8;
const PER_WRITER = 200;

function runWorker(file: string, writer: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(__dirname, 'appendWorker.js'), file, String(writer), String(PER_WRITER)],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`writer ${writer} exited with ${code}`))));
  });
}

describe('the local append path under concurrency', function () {
  this.timeout(120_000);
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spj-append-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  // A journal that ends inside an open code block or comment: exactly one writer may close it.
  const STARTS = {
    'a clean end': '---\nproject: busy\n---\n\n# busy\n',
    'an open code fence':
      '---\nproject: busy\n---\n\n# busy\n\n## 2026-11-23 Note: pasted a log\n\n```text\nERROR disk full\n',
    'an open comment': '---\nproject: busy\n---\n\n# busy\n\n<!-- draft, not done\n',
  };

  for (const [what, start] of Object.entries(STARTS)) {
    it(`keeps every entry readable when ${WRITERS} processes append ${PER_WRITER} entries each at once to a journal with ${what}`, async () => {
      const file = path.join(dir, 'journal.md');
      fs.writeFileSync(file, start);
      const before = parseJournal(start).entries.length;
      await Promise.all(Array.from({ length: WRITERS }, (_, w) => runWorker(file, w)));

      const text = fs.readFileSync(file, 'utf8');
      assert.ok(text.startsWith(start), 'the file before the appends is still its prefix');
      assert.deepEqual(fs.readdirSync(dir), ['journal.md'], 'no lock file is left behind');
      const journal = parseJournal(text);
      assert.equal(journal.entries.length, before + WRITERS * PER_WRITER);
      assert.deepEqual(journal.diagnostics, []);
      assert.equal(journal.openBlockAtEnd, undefined);
      const seen = new Set<string>();
      for (const entry of journal.entries.slice(before)) {
        const writer = metadataValue(entry, 'Writer');
        const i = Number(metadataValue(entry, 'Sequence'));
        assert.equal(entry.title, `writer ${writer} entry ${i}`);
        assert.equal(
          entryBody(text, entry),
          `Body of ${writer}/${i}: ${'ünïcødé 🚀 '.repeat(1 + (i % 5))}\nsecond line`,
        );
        seen.add(`${writer}/${i}`);
      }
      assert.equal(seen.size, WRITERS * PER_WRITER, 'every entry once');
      // Each writer's own entries stay in the order it wrote them.
      for (let w = 0; w < WRITERS; w++) {
        const order = journal.entries
          .filter((e) => metadataValue(e, 'Writer') === String(w))
          .map((e) => Number(metadataValue(e, 'Sequence')));
        assert.deepEqual(
          order,
          [...order].sort((a, b) => a - b),
        );
      }
    });
  }
});
