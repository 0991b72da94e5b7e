// `npm test`: every check a change must pass, in the order that fails fastest, each reported by name:
// lint, type check, build, unit and property tests in Node, integration tests inside a real VS Code, and
// the end-to-end scenarios driving the VS Code workbench in Chromium (a new user; the dashboard).
// Ends with one `N passed, N failed` line counting the tests of both mocha runs and the steps of each e2e run.
import { spawn } from 'node:child_process';

const steps = [
  { name: 'lint', command: 'npx', args: ['eslint', '.'] },
  { name: 'format', command: 'npx', args: ['prettier', '--check', '.'] },
  { name: 'type check', command: 'npx', args: ['tsc', '--noEmit', '-p', '.'] },
  { name: 'build tests', command: 'npx', args: ['tsc', '-p', 'test'], build: true },
  { name: 'bundle', command: 'node', args: ['esbuild.mjs'], build: true },
  { name: 'unit tests', command: 'npx', args: ['mocha', '--config', 'test/.mocharc.unit.json'], counts: true },
  { name: 'integration tests', command: 'node', args: ['scripts/run-integration.mjs'], counts: true },
  // `npm test -- e2e` (what `npm run test:e2e` runs) picks both: a step is picked by its first word.
  { name: 'e2e new-user scenario', command: 'node', args: ['test/e2e/newUser.e2e.mjs'], counts: true },
  { name: 'e2e dashboard scenario', command: 'node', args: ['test/e2e/dashboard.e2e.mjs'], counts: true },
];

function run({ command, args }) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

/**
 * What a failed step said about its failures: mocha's "N failing" blocks (up to the runner's next line of its
 * own) and the e2e scenarios' `✘` steps. Printed again under the summary, so a log whose tail is all that
 * is kept still says which test failed and why.
 */
function failureDetails(output) {
  const lines = output.split('\n');
  const details = [];
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*\d+ failing\b/.test(lines[i])) {
      let end = i + 1;
      while (end < lines.length && !/^(✔|✘|── suite)/.test(lines[end])) end++;
      details.push(...lines.slice(i, Math.min(end, i + 60)));
    } else if (/^✘ /.test(lines[i])) details.push(lines[i]);
  }
  return details;
}

let passed = 0;
let failed = 0;
const failedSteps = [];
const failures = [];
// `--screenshots` (what `npm run screenshots` passes) has the e2e scenarios save the README's pictures in
// docs/screenshots instead of a temp folder.
const options = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (options.includes('--screenshots')) process.env.SIDE_PROJECT_SCREENSHOTS = 'docs';
for (const step of steps) {
  // Picked steps (`npm test -- unit e2e`) still get a fresh build, never a stale one.
  if (only.length > 0 && !step.build && !only.includes(step.name.split(' ')[0])) continue;
  console.log(`\n━━ ${step.name} ━━`);
  const { code, output } = await run(step);
  if (step.counts) {
    // Each step's own output: an e2e run's closing `e2e: N passed, N failed` line when it printed one,
    // otherwise mocha's summary lines (not both, so nothing counts twice); a run that printed none failed
    // before any test. Both e2e steps add their own line to the totals.
    const sum = (matches, group = 1) => matches.reduce((n, m) => n + Number(m[group]), 0);
    const e2e = [...output.matchAll(/^e2e: (\d+) passed, (\d+) failed\b/gm)];
    if (e2e.length > 0) {
      passed += sum(e2e, 1);
      failed += sum(e2e, 2);
    } else {
      passed += sum([...output.matchAll(/^\s*(\d+) passing/gm)]);
      failed += sum([...output.matchAll(/^\s*(\d+) failing/gm)]);
    }
  }
  if (code !== 0) {
    failedSteps.push(step.name);
    failures.push(...failureDetails(output).map((line) => `${step.name} │ ${line}`));
  }
  // Lint and types gate the rest: tests of code that does not compile tell nothing new.
  if (code !== 0 && !step.counts) break;
}

console.log(`\n━━ summary ━━`);
if (failures.length > 0) console.log(failures.join('\n'));
if (failedSteps.length > 0) console.log(`failed: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 ? 1 : 0);
