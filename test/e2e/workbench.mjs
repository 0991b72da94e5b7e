// Shared by the end-to-end scenarios (test/e2e/*.e2e.mjs): a tiny step runner with a deadline, polling,
// the workbench's selectors, a few gestures (the command palette, notifications), and opening the real
// VS Code workbench (code-server's, see scripts/codeServer.mjs) on a folder in Debian's headless Chromium.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  ROOT,
  ensureCodeServer,
  ensureDebianPackages,
  launchChromium,
  startCodeServer,
  stopAll,
  workbenchUrl,
} from '../../scripts/codeServer.mjs'; // its SIGINT/SIGTERM handlers run stopAll() too

/** The extension's clock in every scenario (env SIDE_PROJECT_NOW), so every date is fixed. */
export const NOW = '2026-11-24T10:30:00';
/**
 * Where the scenarios save their screenshots: a temp folder, so a test run leaves the working tree as it
 * was; `docs/screenshots/` (the README's pictures) only when asked for with SIDE_PROJECT_SCREENSHOTS=docs,
 * which `npm run screenshots` sets.
 */
export const SCREENSHOTS =
  process.env.SIDE_PROJECT_SCREENSHOTS === 'docs'
    ? path.join(ROOT, 'docs', 'screenshots')
    : path.join(os.tmpdir(), 'side-project-journal-screenshots');
/**
 * Saves a screenshot of `target` (a page or a locator) as `file` in SCREENSHOTS. A `.webp` file is encoded by
 * the browser itself (lossy, quality 0.85): half the bytes of a PNG for the same picture, and the README's
 * pictures travel inside the .vsix. Returns the bytes written.
 */
export async function saveScreenshot(target, file) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const png = await target.screenshot();
  const page = typeof target.page === 'function' ? target.page() : target;
  let bytes = png;
  if (file.endsWith('.webp')) {
    const encoder = await page.context().newPage();
    try {
      const dataUrl = await encoder.evaluate(async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
        canvas.getContext('2d').drawImage(image, 0, 0);
        return canvas.toDataURL('image/webp', 0.85);
      }, png.toString('base64'));
      assert.match(dataUrl, /^data:image\/webp;base64,/, 'the browser encodes WebP');
      bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
    } finally {
      await encoder.close();
    }
  }
  fs.writeFileSync(path.join(SCREENSHOTS, file), bytes);
  return bytes.length;
}

/** Bounds each whole scenario; SIDE_PROJECT_E2E_TIMEOUT_MS overrides it. */
export const TIMEOUT_MS = Number(process.env.SIDE_PROJECT_E2E_TIMEOUT_MS) || 180_000;

export const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
export const settle = (ms = 150) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns a truthy value, which it returns; fails saying `what` after `ms`. */
export async function until(what, check, ms = 15_000) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end)
      throw new Error(`timed out after ${ms} ms waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// ---------------------------------------------------------------------------------------------------------
// The step runner: each step passes or fails by name; after a failure the rest are skipped, since each step
// builds on what the previous one left on the screen. The whole scenario races one deadline.

/**
 * Returns { step(name, fn), finish(label, cleanups) }. `page()` gives the page to photograph when a step
 * fails (to `failureShot`).
 */
export function createRunner({ page, failureShot, timeoutMs = TIMEOUT_MS }) {
  const started = Date.now();
  const results = [];
  let timedOut;
  const deadline = new Promise((_, reject) => {
    timedOut = setTimeout(
      () => reject(new Error(`the scenario did not finish in ${timeoutMs / 1000} s (SIDE_PROJECT_E2E_TIMEOUT_MS)`)),
      timeoutMs,
    );
  });
  deadline.catch(() => {}); // raced by each step; unobserved until then
  // scripts/codeServer.mjs stops everything on Ctrl+C / SIGTERM; the step that was running then says why.
  let interrupted;
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (interrupted = signal));

  async function step(name, fn) {
    if (results.some((r) => r.status === 'failed')) {
      results.push({ name, status: 'skipped' });
      console.log(`- ${name}: skipped (an earlier step failed)`);
      return;
    }
    const stepStarted = Date.now();
    try {
      await Promise.race([fn(), deadline]);
      results.push({ name, status: 'passed' });
      console.log(`✔ ${name} (${seconds(stepStarted)})`);
    } catch (caught) {
      const error = interrupted ? new Error(`interrupted by ${interrupted}`) : caught;
      results.push({ name, status: 'failed', error });
      console.log(`✘ ${name} (${seconds(stepStarted)})`);
      console.log(
        `    ${String(error?.stack ?? error)
          .split('\n')
          .join('\n    ')}`,
      );
      await page()
        ?.screenshot({ path: failureShot, timeout: 5000 })
        .then(
          () => console.log(`    screenshot: ${failureShot}`),
          () => {},
        );
    }
  }

  /**
   * Runs the `cleanups` in order, then stopAll(), for at most 30 s in all (process exit then kills and
   * removes what is left), prints the summary and the closing `e2e: N passed, N failed` line, and exits:
   * non-zero on any failure, or when no step passed.
   */
  async function finish(label, cleanups = []) {
    clearTimeout(timedOut);
    const all = (async () => {
      for (const cleanup of cleanups)
        await Promise.resolve()
          .then(cleanup)
          .catch((e) => console.log(`    (cleanup: ${e?.message ?? e})`));
      await stopAll();
    })();
    let bounded;
    const late = new Promise((resolve) => (bounded = setTimeout(() => resolve('late'), 30_000)));
    if ((await Promise.race([all, late])) === 'late')
      console.log('    (cleanup took over 30 s; the exit handler kills what is left)');
    clearTimeout(bounded);
    const count = (status) => results.filter((r) => r.status === status).length;
    const skipped = count('skipped');
    console.log(`\n${label}: ${results.length} step(s) in ${seconds(started)}${skipped ? `, ${skipped} not run` : ''}`);
    console.log(`e2e: ${count('passed')} passed, ${count('failed')} failed`);
    process.exit(count('failed') > 0 || count('passed') === 0 ? 1 : 0); // 'exit' removes what is left
  }

  return { step, finish };
}

// ---------------------------------------------------------------------------------------------------------
// The workbench, as selectors a person would describe: the activity bar's "Side Project" icon, the quick
// input, the sidebar's tree rows, the editor tabs, the status bar.

export const sel = {
  activity: '.part.activitybar [role="tab"][aria-label="Side Project"], .part.activitybar a[aria-label="Side Project"]',
  sidebar: '[id="workbench.parts.sidebar"]',
  editor: '[id="workbench.parts.editor"]',
  statusbar: '[id="workbench.parts.statusbar"]',
  tabs: '.tabs-container .tab',
  activeTab: '.tabs-container .tab.active',
  quickInput: '.quick-input-widget',
  quickInputBox: '.quick-input-widget .quick-input-box input',
  quickTitle: '.quick-input-widget .quick-input-title',
  quickMessage: '.quick-input-widget .quick-input-message',
  quickRows: '.quick-input-widget .quick-input-list .monaco-list-row',
  // The Back button's aria-label carries its keybinding: "Back (Ctrl+Alt+-)".
  quickBack: '.quick-input-widget .quick-input-titlebar [role="button"][aria-label^="Back"]',
  toastClose: '.notifications-toasts .notification-toast a[aria-label^="Clear Notification"]',
};

const notifications = new Set();

/** Closes the notification toasts that are showing, remembering what they said for the report. */
export async function dismissNotifications(page) {
  const toasts = page.locator('.notifications-toasts .notification-toast');
  for (const text of await toasts.allInnerTexts().catch(() => [])) {
    const line = text.replace(/\s+/g, ' ').trim();
    if (line && !notifications.has(line)) {
      notifications.add(line);
      console.log(`    (notification: ${line})`);
    }
  }
  for (const close of await page.locator(sel.toastClose).all()) await close.click({ timeout: 2000 }).catch(() => {});
}

/** The quick input's rows as { label, focused }. */
export async function quickRows(page) {
  return page.locator(sel.quickRows).evaluateAll((rows) =>
    rows.map((row) => ({
      label: (row.querySelector('.label-name')?.textContent ?? row.innerText.split('\n')[0]).trim(),
      focused: row.classList.contains('focused'),
    })),
  );
}

/**
 * Accepts the quick input's row labelled `label`: waits for it to be the active row and presses Enter, or,
 * with `click`, clicks it wherever it shows (the palette may rank a similar command first: "Preferences:
 * Color Theme" comes after "Preferences: Browse Color Themes in Marketplace").
 */
export async function acceptRow(page, label, { click = false } = {}) {
  if (!click) {
    await until(`"${label}" to be the active item`, async () =>
      (await quickRows(page)).some((row) => row.focused && row.label === label),
    );
    await page.locator(sel.quickInputBox).press('Enter');
    return;
  }
  const rows = await until(`a row labelled "${label}"`, async () => {
    const r = await quickRows(page);
    return r.some((row) => row.label === label) && r;
  });
  await page
    .locator(sel.quickRows)
    .nth(rows.findIndex((row) => row.label === label))
    .click();
}

/** Opens the command palette with F1, types `command` and runs it (see acceptRow for `click`). */
export async function runCommand(page, command, { click = false } = {}) {
  await page.keyboard.press('F1');
  const input = page.locator(sel.quickInputBox);
  await until(
    'the command palette',
    async () => (await page.locator(sel.quickInput).isVisible()) && (await input.inputValue()).startsWith('>'),
  );
  await page.keyboard.type(command, { delay: 5 });
  await acceptRow(page, command, { click });
}

// ---------------------------------------------------------------------------------------------------------
// Opening the workbench

/**
 * Starts code-server on `workspace` (the extension's clock pinned to NOW, no marketplace), launches Chromium
 * and opens the workbench with the extension loaded in development mode. Returns { server, browser, page, url }; stop them with server.stop(), browser.close().
 * `launched({ server, browser, page })` hears of them before the workbench loads, for a failure screenshot.
 */
export async function openWorkbench({ workspace, env = {}, launched = () => {} }) {
  ensureDebianPackages(['chromium', 'ripgrep', 'libkrb5-dev']);
  ensureCodeServer(); // prints "VS Code 1.100.3 (code-server 4.100.3)"
  const extension = path.join(ROOT, 'dist', 'extension.js');
  assert.ok(fs.existsSync(extension), 'dist/extension.js is missing: run `node esbuild.mjs` first');
  // EXTENSIONS_GALLERY={}: no marketplace requests. SIDE_PROJECT_NOW: the extension's clock, pinned.
  const server = await startCodeServer({ workspace, env: { EXTENSIONS_GALLERY: '{}', SIDE_PROJECT_NOW: NOW, ...env } });
  const browser = await launchChromium();
  const page = browser.page;
  await page.setViewportSize({ width: 1400, height: 900 });
  page.on('pageerror', (e) => console.log(`    (page error: ${String(e?.message ?? e).split('\n')[0]})`));
  launched({ server, browser, page });
  const url = await showWorkbench(page, server, workspace);
  return { server, browser, page, url };
}

/** Points `page` at the workbench of `workspace` on `server` and waits for it; returns the URL. */
export async function showWorkbench(page, server, workspace) {
  const url = workbenchUrl({ ...server, workspace, extensionPath: ROOT });
  await page.goto(url);
  await waitForWorkbench(page);
  return url;
}

/** Waits for the workbench to stand: its frame, the status bar and the Side Project activity icon. */
export async function waitForWorkbench(page) {
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator(sel.statusbar).waitFor({ timeout: 30_000 });
  await page.locator(sel.activity).first().waitFor({ timeout: 30_000 });
}
