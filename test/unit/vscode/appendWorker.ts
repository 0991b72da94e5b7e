// One of the concurrent writers of localAppend.test.ts: appends `count` entries through the store's local
// append path, as a VS Code window would, and exits. Like a window that has not yet seen the others'
// writes, it keeps passing what it parsed of the file when it started: that cache goes stale at once.
import * as fs from 'node:fs';
import { parseJournal } from '../../../src/core';
import { appendToLocalFile, type KnownFile } from '../../../src/vscode/localFile';

async function main(): Promise<void> {
  const [path, writer, count] = process.argv.slice(2);
  const stat = fs.statSync(path);
  const known: KnownFile = {
    context: parseJournal(fs.readFileSync(path, 'utf8')),
    size: stat.size,
    mtime: Math.trunc(stat.mtimeMs),
  };
  for (let i = 0; i < Number(count); i++) {
    await appendToLocalFile(
      path,
      {
        kind: 'note',
        date: '2026-11-24',
        time: '10:30',
        title: `writer ${writer} entry ${i}`,
        metadata: [
          ['Writer', writer],
          ['Sequence', String(i)],
        ],
        body: `Body of ${writer}/${i}: ${'ünïcødé 🚀 '.repeat(1 + (i % 5))}\nsecond line`,
      },
      known,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
