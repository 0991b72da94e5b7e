// Runs the integration suites inside a real VS Code (code-server's, see scripts/codeServer.mjs), offline.
// `npm run test:integration` builds first; this script expects out/ and dist/ to be there.
//
// Environment:
//   SIDE_PROJECT_TEST_GREP        only tests whose title matches (read by test/integration/index.ts inside
//                                 the extension host, which inherits code-server's environment)
//   SIDE_PROJECT_TEST_TIMEOUT_MS  per-suite limit, default 180000
//   SIDE_PROJECT_TEST_SUITES      only these suites (names, comma-separated), e.g. `web`
// Set for the tests: SIDE_PROJECT_TEST_SUITE, the name of the suite running (same tests, several workspaces).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as util from 'node:util';
import {
  ROOT,
  copyToTemp,
  ensureCodeServer,
  ensureDebianPackages,
  launchChromium,
  startCodeServer,
  stopAll,
  workbenchUrl,
} from './codeServer.mjs';

// One line per suite. The workspace (folder or .code-workspace file, relative to the repo root) is copied
// to a temp folder first, so tests that write journals never dirty the fixtures.
const TESTS = 'out/test/integration/index.js';
const WEB_TESTS = 'out/web-tests/index.js';
const SUITES = [
  { name: 'with-journal', workspace: 'test/fixtures/workspaces/with-journal', testsPath: TESTS },
  { name: 'empty-folder', workspace: 'test/fixtures/workspaces/empty', testsPath: TESTS },
  { name: 'multi-root', workspace: 'test/fixtures/workspaces/multi-root/two.code-workspace', testsPath: TESTS },
  // A workspace whose settings point the journal out of the folder: trusted, then in Restricted Mode.
  { name: 'outside-path', workspace: 'test/fixtures/workspaces/outside-path', testsPath: TESTS },
  { name: 'restricted', workspace: 'test/fixtures/workspaces/outside-path', testsPath: TESTS, trusted: false },
  // A journal that the settings keep outside .sideproject/: the extension must still start by itself.
  { name: 'custom-path', workspace: 'test/fixtures/workspaces/custom-path', testsPath: TESTS },
  // No journal at the start; the test writes one, and the extension must load and show it by itself.
  { name: 'journal-appears', workspace: 'test/fixtures/workspaces/empty', testsPath: TESTS },
  // A folder the tests make a git repository of, with the built-in git extension on, then off.
  { name: 'git', workspace: 'test/fixtures/workspaces/git', testsPath: TESTS },
  { name: 'git-disabled', workspace: 'test/fixtures/workspaces/git-disabled', testsPath: TESTS },
  // The web worker extension host (vscode.dev, github.dev): the extension with only its `browser` entry, and
  // the tests of test/web bundled for that host.
  { name: 'web', workspace: 'test/fixtures/workspaces/with-journal', testsPath: WEB_TESTS, host: 'web worker' },
  // VS Code in German: the tests check the extension's words there, and the page must show these after them
  // (a command title in the view's title bar, the view's name), as the workbench drew them.
  {
    name: 'german',
    workspace: 'test/fixtures/workspaces/with-journal',
    testsPath: TESTS,
    locale: 'de',
    shows: ['Entscheidung festhalten', 'Lebenszyklus'],
  },
];

const TIMEOUT_MS = Number(process.env.SIDE_PROJECT_TEST_TIMEOUT_MS) || 180_000;

// The same channel carries the workbench's own log; these startup lines are harmless and only hide mocha's.
const WORKBENCH_CHATTER = new RegExp(
  '^(Resolv(ing|ed) connection token|Creating a socket|Updating additional builtin extensions cache|' +
    '\\[Service Worker\\] registered|ChatSessionStore:|Ignoring fetching additional builtin extensions from gallery)',
);

// Lines from the browser console that point at the extension host or the extension failing to load.
const HOST_TROUBLE = /extension ?host|exthost|activat|extensionTests|extension.*(fail|error|not found)/i;
const HOST_FINE = /web worker extension host is started in a same-origin iframe/;

/** Runs one suite; resolves to { ok, passed, failed, skipped } and never throws. */
async function runSuite(suite) {
  const started = Date.now();
  const seen = []; // mocha's output as reported, kept for the counts
  const consoleErrors = [];
  let server, browser, copy;
  try {
    const web = suite.host === 'web worker' ? await webExtension(suite.testsPath) : undefined;
    const extensionPath = web?.extensionPath ?? ROOT;
    const testsPath = web?.testsPath ?? path.join(ROOT, suite.testsPath);
    if (!fs.existsSync(testsPath)) throw new Error(`${testsPath} is missing: run \`npm run build:tests\``);
    copy = copyToTemp(path.join(ROOT, suite.workspace));
    const workspace = copy.path;
    // EXTENSIONS_GALLERY={}: no marketplace, so the tests make no network requests (and log no ENOTFOUND).
    const env = { EXTENSIONS_GALLERY: '{}', SIDE_PROJECT_TEST_SUITE: suite.name };
    server = await startCodeServer({ workspace, env, trusted: suite.trusted, locale: suite.locale });
    browser = await launchChromium();
    const { page } = browser;

    // The workbench calls these when it finds them on window (the mechanism @vscode/test-web uses):
    // codeAutomationLog with the extension host's console output, codeAutomationExit when the tests end.
    let exit;
    const exited = new Promise((resolve) => (exit = resolve));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      // args are console.log's arguments: mocha's spec reporter sends a format string and its values.
      const text = util.format(...(Array.isArray(args) ? args : [args]));
      if (WORKBENCH_CHATTER.test(text)) return;
      // The web worker host's tests say when they end themselves (test/web/index.ts END_LINE).
      const webEnd = /^side-project web tests ended, failures: (\d+)$/.exec(text);
      // Mocha's summary comes just after it: a second for it to arrive, so the counts include it.
      if (webEnd) return void setTimeout(() => exit(Number(webEnd[1]) > 0 ? 1 : 0), 1000);
      seen.push(text);
      (type === 'error' ? console.error : console.log)(text);
    });
    await page.exposeFunction('codeAutomationExit', (code) => exit(code));
    page.on('console', (m) => ['error', 'warning'].includes(m.type()) && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(String(e?.stack ?? e)));
    page.on('crash', () => exit('the page crashed'));

    let timer;
    const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS)));
    const url = workbenchUrl({ ...server, workspace, extensionPath, testsPath });
    const finished = page.goto(url).then(() => exited);
    finished.catch(() => {}); // closing the browser after a timeout rejects it; nobody waits for it then
    const code = await Promise.race([finished, timedOut]);
    clearTimeout(timer);

    const counts = mochaCounts(seen);
    if (code === 'timeout') {
      // Whatever the tests printed is above already.
      console.error(
        `✘ ${suite.name}: no result after ${TIMEOUT_MS / 1000} s (SIDE_PROJECT_TEST_TIMEOUT_MS); ` +
          `saw ${seen.length} line(s) of test output`,
      );
      const shot = path.join(os.tmpdir(), `spj-${suite.name}-timeout.png`);
      await page.screenshot({ path: shot }).then(
        () => console.error(`  screenshot: ${shot}`),
        () => {},
      );
      return fail(counts, consoleErrors, seen);
    }
    const how = typeof code === 'number' ? `exit code ${code}` : code;
    const missing = code === 0 && suite.shows ? await notShown(page, suite.shows) : [];
    for (const text of missing) console.error(`✘ ${suite.name}: the workbench does not show "${text}"`);
    // Mocha's own count decides too: a failed hook fails no test that an afterEach could count.
    const ok = code === 0 && counts.failed === 0 && missing.length === 0;
    console.log(`${ok ? '✔' : '✘'} ${suite.name}: ${how}, ${counts.failed} failing, in ${seconds(started)}`);
    return ok ? { ok: true, ...counts } : fail(counts, consoleErrors, seen);
  } catch (err) {
    console.error(`✘ ${suite.name}: ${err?.stack ?? err}`);
    return fail(mochaCounts(seen), consoleErrors, seen);
  } finally {
    await browser?.close();
    await server?.stop();
    await copy?.remove();
  }
}

/** Which of `texts` the workbench page shows nowhere: not as text, nor as an aria-label or a tooltip. */
async function notShown(page, texts) {
  const missing = [];
  for (const text of texts) {
    const found = await page.evaluate(
      (t) =>
        document.body.innerText.includes(t) ||
        [...document.querySelectorAll('[aria-label], [title]')].some(
          (e) => e.getAttribute('aria-label')?.includes(t) || e.getAttribute('title')?.includes(t),
        ),
      text,
    );
    if (!found) missing.push(text);
  }
  return missing;
}

/**
 * The extension as the web worker host loads it: a temp copy whose manifest has no `main`, only `browser`
 * (VS Code prefers the Node host for an extension that has both), with the tests of test/web bundled into
 * one script inside it (the workbench runs a tests path in the host of the extension that contains it).
 */
async function webExtension(testsPath) {
  const dir = fs.mkdtempSync('/tmp/spj-web-ext-');
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  const { main, ...manifest } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  if (!main || !manifest.browser) throw new Error('package.json should have both `main` and `browser`');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  const translations = fs.readdirSync(ROOT).filter((f) => /^package\.nls(\.[\w-]+)?\.json$/.test(f));
  for (const entry of ['dist', 'media', 'snippets', 'l10n', ...translations]) {
    fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  const { build } = await import('esbuild');
  const { webTestsBundleOptions } = await import('./bundleOptions.mjs');
  await build({ ...webTestsBundleOptions(), outfile: path.join(dir, testsPath) });
  return { extensionPath: dir, testsPath: path.join(dir, testsPath) };
}

/** A failed suite: shows the browser's new hints about the extension host, counts at least one failure. */
function fail(counts, consoleErrors, seen) {
  const printed = new Set(seen.map((l) => l.split('\n')[0]));
  const hints = consoleErrors
    .map((t) => t.replace(/^%c\s*\w+ color: #\w+ /, '')) // the workbench's console styling
    .filter((t) => HOST_TROUBLE.test(t) && !HOST_FINE.test(t) && !printed.has(t.split('\n')[0]))
    .slice(-30);
  if (hints.length) console.error(`  browser console (extension host related):\n    ${hints.join('\n    ')}`);
  return { ok: false, ...counts, failed: Math.max(counts.failed, 1) };
}

/** Mocha's spec reporter closes with "N passing", "N pending", "N failing". */
function mochaCounts(lines) {
  const count = (word) =>
    lines.reduce((n, line) => n + Number(line.match(new RegExp(`^\\s*(\\d+) ${word}\\b`))?.[1] ?? 0), 0);
  return { passed: count('passing'), failed: count('failing'), skipped: count('pending') };
}

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------------------

const started = Date.now();
const only = process.env.SIDE_PROJECT_TEST_SUITES?.split(',').map((name) => name.trim());
const suites = SUITES.filter((s) => !only || only.includes(s.name));
let results = [];
try {
  ensureDebianPackages(['chromium', 'ripgrep', 'libkrb5-dev']);
  ensureCodeServer(); // prints "VS Code 1.100.3 (code-server 4.100.3)"
  for (const suite of suites) {
    console.log(`\n── suite ${suite.name}: ${suite.workspace}, in the ${suite.host ?? 'Node'} extension host`);
    results.push(await runSuite(suite));
  }
} catch (err) {
  console.error(`✘ could not run the integration tests: ${err?.stack ?? err}`);
  results.push({ ok: false, passed: 0, failed: 1, skipped: 0 });
} finally {
  await stopAll();
}
const total = (k) => results.reduce((n, r) => n + r[k], 0);
const bad = results.filter((r) => !r.ok).length;
console.log(`\n${results.length - bad} of ${suites.length} suite(s) passed in ${seconds(started)}`);
// The closing line in the plain "N passed, N failed" form that CI reads.
const skipped = total('skipped') ? `, ${total('skipped')} skipped` : '';
console.log(`integration: ${total('passed')} passed, ${total('failed')} failed${skipped}`);
process.exit(bad || results.length === 0 ? 1 : 0);
