// One of the concurrent CLI writers of cli.test.ts: runs `side-project log note "<title>"` `count` times in
// this process, through the command's own main(), in the current folder.
import { main } from '../../../src/cli/main';

async function run(): Promise<void> {
  const [writer, count] = process.argv.slice(2);
  const io = {
    cwd: process.cwd(),
    stdout: () => {},
    stderr: (text: string) => process.stderr.write(text),
    stdin: async () => '',
  };
  for (let i = 0; i < Number(count); i++) {
    const code = await main(['log', 'note', `cli ${writer} entry ${i}`], io);
    if (code !== 0) throw new Error(`exit code ${code}`);
  }
}

run().catch((error) => {
  console.error(error);
  process.exit(1);
});
