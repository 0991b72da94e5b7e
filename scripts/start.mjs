// `npm start`: the extension, freshly built, in a real VS Code in your browser (code-server's web workbench,
// see scripts/codeServer.mjs), opened on a copy of examples/uptime-bot. Ctrl+C stops it.
//
//   npm start                 work on a temp copy of the example (the repo stays clean)
//   npm start -- --in-place   open examples/uptime-bot itself
//   PORT=9000 npm start       another port (default 8080, or a free one when that is taken)
//
// The server does not rebuild: run `npm run watch` beside it and use "Developer: Reload Window" to pick up
// changes to src/.
//
// The first run installs code-server into tools/code-server. On Debian it installs the packages that needs
// with apt; elsewhere it installs none and says what it uses and what is missing (scripts/systemTools.mjs).
// Desktop VS Code needs none of this: F5, "Run Extension (example project)".
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, copyToTemp, ensureCodeServer, freePort, startCodeServer, workbenchUrl } from './codeServer.mjs';

const example = path.join(ROOT, 'examples', 'uptime-bot');
if (!fs.existsSync(example)) {
  console.error(`${path.relative(ROOT, example)} does not exist`);
  process.exit(1);
}

try {
  ensureCodeServer();
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

let workspace = example;
if (!process.argv.includes('--in-place')) {
  // Kept after Ctrl+C, so whatever you logged while trying things out is still there to look at.
  workspace = copyToTemp(example, { keep: true }).path;
  console.log(`Working on a copy of examples/uptime-bot: ${workspace}`);
  const folder = path.dirname(workspace);
  process.on('exit', () =>
    console.log(
      `\nYour copy of the example, with what you logged, is kept in ${workspace}\n(remove it with: rm -rf ${folder})`,
    ),
  );
}

const wanted = Number(process.env.PORT) || 8080;
const port = await freePort(wanted);
if (port !== wanted) console.log(`Port ${wanted} is taken; using ${port}`);
const server = await startCodeServer({ workspace, port });

console.log(`
Side Project Journal (development mode) in VS Code:

  ${workbenchUrl({ ...server, workspace, extensionPath: ROOT })}

Server log: ${server.logFile}
Ctrl+C to stop.`);

// Stay up until Ctrl+C; codeServer.mjs then stops the server and removes its temp folder.
setInterval(() => {}, 1 << 30);
