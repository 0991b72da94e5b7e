// One of the concurrent writers of localAppend.test.ts: appends `count` entries through the store's local
// append path, as a VS Code window would, and exits.
import { appendToLocalFile } from '../../../src/vscode/localFile';

async function main(): Promise<void> {
  const [path, writer, count] = process.argv.slice(2);
  for (let i = 0; i < Number(count); i++) {
    await appendToLocalFile(
      path,
      {
        kind: 'note',
        date: '2026-11-24',
        time: '10:30',
        title: `writer ${writer} entry ${i}`,
        metadata: [['Writer', writer], ['Sequence', String(i)]],
        body: `Body of ${writer}/${i}: ${'ünïcødé 🚀 '.repeat(1 + (i % 5))}\nsecond line`,
      },
      { eol: '\n', openBlockAtEnd: undefined },
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
