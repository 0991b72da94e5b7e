// Shared pieces for running the extension in a real VS Code without internet: the VS Code that the npm
// package code-server ships (server + web workbench), driven by Chromium through playwright-core.
// Used by scripts/run-integration.mjs (npm run test:integration) and scripts/start.mjs (npm start).
// Background and pitfalls: shared/notes/vscode-offline-testing.md.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureSystemTools, findTool, probeSystem } from './systemTools.mjs';

/** The repository root (this file lives in scripts/). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOOL_DIR = path.join(ROOT, 'tools', 'code-server');
const CODE_SERVER = path.join(TOOL_DIR, 'node_modules', 'code-server');
const ENTRY = path.join(CODE_SERVER, 'out', 'node', 'entry.js');

// ---------------------------------------------------------------------------------------------------------
// Cleanup: servers run in their own process group (so a stray Ctrl+C does not half-kill them), which also
// means nobody else ends them. Everything started here registers its stop function; Ctrl+C / SIGTERM run
// them all, and a last synchronous pass on 'exit' catches crashes.

const cleanups = new Set(); // of { stop: async () => void, stopSync: () => void }
let stopping = false;
async function stopAndExit(why, code) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${why}: stopping…`);
  await stopAll();
  process.exit(code);
}
process.on('SIGINT', () => stopAndExit('SIGINT', 130));
process.on('SIGTERM', () => stopAndExit('SIGTERM', 143));
// `npm start` killed with SIGTERM ends npm's `sh -c` but not us: notice being orphaned, so as not to leave
// a server holding the port.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && stopAndExit('parent process gone', 1), 1000).unref();
process.on('exit', () => cleanups.forEach((c) => c.stopSync()));

/** Stops every server and browser started through this module. */
export async function stopAll() {
  await Promise.allSettled([...cleanups].map((c) => c.stop()));
}

/** Registers something to undo at the end (`gently` first when there is time); returns its stop(). */
function untilExit(stopSync, gently = async () => {}) {
  const c = {
    stopSync() {
      cleanups.delete(c);
      stopSync();
    },
    async stop() {
      await gently();
      c.stopSync();
    },
  };
  cleanups.add(c);
  return c.stop;
}

// ---------------------------------------------------------------------------------------------------------
// Programs outside npm: Debian gets them from apt, other systems use their own (scripts/systemTools.mjs).

export { ensureSystemTools };
/** The former name of ensureSystemTools, still imported by the test and bench scripts. */
export const ensureDebianPackages = ensureSystemTools;

// ---------------------------------------------------------------------------------------------------------
// code-server, installed on demand into tools/code-server (its own package.json + lock file)

// @vscode/ripgrep@1.15.11 (pinned by code-server's lib/vscode/npm-shrinkwrap.json) downloads rg from GitHub
// in its postinstall unless this tarball is already in its cache folder under $TMPDIR.
const RIPGREP = { pkgVersion: '1.15.11', rgVersion: 'v13.0.0-10' };

// Built by install scripts. npm may skip dependency install scripts it was not told to allow, and code-server
// runs nested `npm install`s in its own postinstall, so check the results rather than trust the exit code.
const BUILT = [
  'node_modules/argon2/lib/binding/napi-v3/argon2.node',
  'lib/vscode/node_modules/node-pty/build/Release/pty.node',
  'lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node',
  'lib/vscode/node_modules/kerberos/build/Release/kerberos.node',
  'lib/vscode/node_modules/@vscode/ripgrep/bin/rg',
  'lib/vscode/extensions/node_modules/typescript',
].map((p) => (p.startsWith('node_modules/') ? path.join(TOOL_DIR, p) : path.join(CODE_SERVER, p)));

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Why tools/code-server needs a (re)install, or '' when it is complete and matches its package.json. */
function installProblem() {
  const wanted = readJson(path.join(TOOL_DIR, 'package.json')).dependencies['code-server'];
  const have = readJson(path.join(CODE_SERVER, 'package.json'))?.version;
  if (!have) return 'not installed';
  if (have !== wanted) return `code-server ${have} installed, ${wanted} wanted`;
  const missing = BUILT.filter((f) => !fs.existsSync(f));
  return missing.length ? `missing ${missing.map((f) => path.relative(TOOL_DIR, f)).join(', ')}` : '';
}

/**
 * Puts the ripgrep tarball that @vscode/ripgrep's postinstall looks for into `tmpDir`, packed from `rg` (the
 * system's). Without an rg, or on a platform with no recipe, it does nothing and the postinstall downloads
 * its own.
 */
function seedRipgrepCache(tmpDir, rg) {
  const target =
    os.platform() === 'linux' && { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' }[os.arch()];
  if (!rg || !target) return;
  const dir = path.join(tmpDir, `vscode-ripgrep-cache-${RIPGREP.pkgVersion}`);
  const tarball = path.join(dir, `ripgrep-${RIPGREP.rgVersion}-${target}.tar.gz`);
  if (fs.existsSync(tarball)) return;
  fs.mkdirSync(dir, { recursive: true });
  // The tarball must hold a file named rg: pack a copy when the program has another name or is a link.
  const staging = fs.mkdtempSync(path.join(tmpDir, 'spj-rg-'));
  fs.copyFileSync(fs.realpathSync(rg), path.join(staging, 'rg'));
  const r = spawnSync('tar', ['czf', tarball, '-C', staging, 'rg'], { stdio: 'inherit' });
  fs.rmSync(staging, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`could not pack ${rg}`);
}

/** The versions that tools/code-server holds, e.g. { code: '1.100.3', codeServer: '4.100.3' }. */
export function codeServerVersions() {
  return {
    code: readJson(path.join(CODE_SERVER, 'lib', 'vscode', 'product.json'))?.version,
    codeServer: readJson(path.join(CODE_SERVER, 'package.json'))?.version,
  };
}

/**
 * Installs tools/code-server with `npm ci` when it is missing, incomplete or of another version, prints
 * "VS Code X (code-server Y)" and returns the path of code-server's entry script.
 */
export function ensureCodeServer() {
  const problem = installProblem();
  if (problem) {
    const system = probeSystem();
    ensureSystemTools(['ripgrep', 'libkrb5-dev'], system); // rg for the tarball below; kerberos builds from source
    const tmpDir = fs.realpathSync(os.tmpdir());
    seedRipgrepCache(tmpDir, findTool('ripgrep', system));
    const log = path.join(tmpDir, 'spj-code-server-install.log');
    console.log(`Installing code-server into tools/code-server (${problem}); about a minute, log: ${log}`);
    const started = Date.now();
    const out = fs.openSync(log, 'w');
    const r = spawnSync('npm', ['ci', '--foreground-scripts', '--no-audit', '--no-fund'], {
      cwd: TOOL_DIR,
      stdio: ['ignore', out, out],
      env: {
        ...process.env,
        TMPDIR: tmpDir, // where @vscode/ripgrep looks for its cached tarball
        npm_config_unsafe_perm: 'true', // code-server's postinstall refuses to run as root without it
        npm_config_yes: 'true', // node-pty's install runs `npx node-gyp`; the machine's npm config says no
        npm_config_nodedir: path.resolve(process.execPath, '..', '..'), // build against local Node headers
      },
    });
    fs.closeSync(out);
    const left = installProblem();
    if (r.status !== 0 || left) {
      const tail = fs.readFileSync(log, 'utf8').split('\n').slice(-40).join('\n');
      const elsewhere = system.debian
        ? ''
        : '\nOn this system the packages code-server builds with are yours to install (see the lines above), or run the extension in desktop VS Code: F5, "Run Extension (example project)".';
      throw new Error(
        `code-server install failed (npm exit ${r.status}${left ? `; ${left}` : ''}):\n${tail}${elsewhere}`,
      );
    }
    console.log(`Installed code-server in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  const v = codeServerVersions();
  console.log(`VS Code ${v.code} (code-server ${v.codeServer})`);
  return ENTRY;
}

// ---------------------------------------------------------------------------------------------------------
// Ports, temp folders

function listenOnce(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(undefined));
    srv.listen(port, '127.0.0.1', () => {
      const { port: got } = srv.address(); // read before close(): afterwards address() is null
      srv.close(() => resolve(got));
    });
  });
}

/** `port` when it is free on 127.0.0.1, otherwise (or when none is given) a free one. */
export async function freePort(port) {
  return (port && (await listenOnce(port))) || listenOnce(0);
}

/**
 * Copies a workspace into a fresh temp folder, so that tests and people playing never dirty the repo, and
 * returns { path, remove() }. A `.code-workspace` file is copied with its whole folder, so the relative
 * folder paths inside it keep working. Unless `keep`, the copy is also removed on Ctrl+C and on exit.
 */
export function copyToTemp(source, { keep = false } = {}) {
  const isFile = source.endsWith('.code-workspace');
  const dir = fs.mkdtempSync('/tmp/spj-ws-');
  const from = isFile ? path.dirname(source) : source;
  const to = path.join(dir, path.basename(from));
  fs.cpSync(from, to, { recursive: true });
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  return {
    path: isFile ? path.join(to, path.basename(source)) : to,
    remove: keep ? async () => remove() : untilExit(remove),
  };
}

// ---------------------------------------------------------------------------------------------------------
// The server

const SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
};

/**
 * VS Code switches its display language only to one it has a language pack for, and none can be downloaded
 * here. A pack that translates none of VS Code's own words is enough: the workbench then speaks `locale`,
 * its own words falling back to English, and extensions load their package.nls.<locale>.json and
 * l10n/bundle.l10n.<locale>.json as they would for a user with the real pack.
 */
function standInLanguagePack(userData, locale) {
  const translations = path.join(userData, `stand-in-language-pack.${locale}.json`);
  fs.writeFileSync(translations, JSON.stringify({ contents: {} }));
  const extensions = [{ extensionIdentifier: { id: `stand-in.language-pack-${locale}` }, version: '0.0.0' }];
  const pack = { hash: 'stand-in', label: locale, extensions, translations: { vscode: translations } };
  fs.writeFileSync(path.join(userData, 'languagepacks.json'), JSON.stringify({ [locale]: pack }));
}

function httpOk(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode < 500);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => req.destroy());
  });
}

/**
 * Starts code-server (call ensureCodeServer() first) on 127.0.0.1 with a throw-away profile and returns
 * { port, baseUrl, dir, logFile, stop() }.
 * `env` is added to the server's environment, which its extension hosts inherit. `trusted: false` turns
 * workspace trust on and opens the workspace untrusted (Restricted Mode); by default trust is off.
 * `locale` (e.g. `de`) sets VS Code's display language: see standInLanguagePack().
 */
export async function startCodeServer({ workspace, port, env = {}, trusted = true, locale } = {}) {
  port = port ?? (await freePort());
  // Short path: VS Code puts unix sockets in TMPDIR / XDG_RUNTIME_DIR, and those paths are length-limited.
  const dir = fs.mkdtempSync('/tmp/spj-');
  const sub = (name) => {
    fs.mkdirSync(path.join(dir, name), { mode: 0o700 }); // 0700: XDG_RUNTIME_DIR must be private
    return path.join(dir, name);
  };
  const userData = sub('data');
  fs.mkdirSync(path.join(userData, 'User'));
  const trust = trusted
    ? {}
    : { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' };
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ ...SETTINGS, ...trust }, null, 2));
  if (locale) standInLanguagePack(userData, locale);

  const childEnv = { ...process.env };
  // $PORT would override --bind-addr, and VSCODE_IPC_HOOK_CLI (set in a VS Code terminal) makes code-server
  // hand the folder to that VS Code instead of starting a server.
  for (const key of Object.keys(childEnv)) if (key === 'PORT' || key.startsWith('VSCODE_')) delete childEnv[key];
  Object.assign(childEnv, env, {
    TMPDIR: sub('tmp'),
    XDG_CONFIG_HOME: sub('config'),
    XDG_DATA_HOME: sub('share'),
    XDG_CACHE_HOME: sub('cache'),
    XDG_STATE_HOME: sub('state'),
    XDG_RUNTIME_DIR: sub('run'),
  });

  const logFile = path.join(dir, 'server.log');
  const log = fs.openSync(logFile, 'w');
  // Flags checked against `code-server --help` of 4.100.3.
  const args = [
    ENTRY, // installed by ensureCodeServer()
    ...['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--config', path.join(dir, 'config.yaml')],
    ...['--disable-telemetry', '--disable-update-check', ...(trusted ? ['--disable-workspace-trust'] : [])],
    ...['--user-data-dir', userData, '--extensions-dir', sub('extensions')],
    ...(locale ? ['--locale', locale] : []),
    ...(workspace ? [workspace] : []), // also what the bare base URL opens
  ];
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', log, log], env: childEnv });
  fs.closeSync(log);
  let exited = false;
  child.on('exit', () => (exited = true));

  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the group is gone already
    }
  };
  const stop = untilExit(
    () => {
      killGroup('SIGKILL'); // whatever is left of the group (extension hosts, pty hosts)
      fs.rmSync(dir, { recursive: true, force: true });
    },
    async () => {
      killGroup('SIGTERM');
      for (let i = 0; i < 50 && !exited; i++) await new Promise((r) => setTimeout(r, 100));
    },
  );

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (!(await httpOk(`${baseUrl}/healthz`))) {
    if (exited || Date.now() > deadline) {
      const why = exited ? 'exited' : 'did not answer in 60 s';
      const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
      await stop();
      throw new Error(`code-server ${why}; its log ends:\n${tail}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { port, baseUrl, dir, logFile, stop };
}

// ---------------------------------------------------------------------------------------------------------
// The workbench URL and the browser

/** Percent-encodes a path for a URL or URI, keeping its slashes readable. */
const encodePath = (p) => p.split('/').map(encodeURIComponent).join('/');

/**
 * The URL that opens `workspace` (a folder, or a `.code-workspace` file) with the extension at
 * `extensionPath` loaded in development mode, and, given `testsPath`, runs that test entry and reports
 * through window.codeAutomationLog / codeAutomationExit. code-server's CLI rejects
 * --extensionDevelopmentPath, so both go in the workbench's `payload` query parameter, as URIs on the
 * server's side of the remote connection (vscode-remote://HOST:PORT/abs/path).
 */
export function workbenchUrl({ baseUrl, workspace, extensionPath, testsPath }) {
  const authority = new URL(baseUrl).host;
  const remote = (p) => `vscode-remote://${authority}${encodePath(path.resolve(p))}`;
  const payload = [['extensionDevelopmentPath', remote(extensionPath)]];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  const kind = workspace.endsWith('.code-workspace') ? 'workspace' : 'folder';
  const query = `${kind}=${encodePath(path.resolve(workspace))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return `${baseUrl}/?${query}`;
}

/**
 * Launches the system's Chromium (Debian's, or CHROME_PATH, or the first Chromium-based browser on PATH)
 * headless with a fresh profile and returns { context, page, close() }.
 * Never `npx playwright install`: it downloads browsers, which this network does not allow.
 */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  const executablePath = findTool('chromium', probeSystem());
  if (!executablePath)
    throw new Error('no Chromium-based browser found: set CHROME_PATH, or install Chromium or Google Chrome');
  const profile = fs.mkdtempSync('/tmp/spj-chromium-');
  let context;
  // Registered before the launch, so a Ctrl+C during it still removes the profile. Playwright kills the
  // browser itself when this process exits; close() is the tidy way before that.
  const close = untilExit(
    () => fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5 }),
    async () => context?.close().catch(() => {}),
  );
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    env: { ...process.env, TMPDIR: profile }, // its singleton socket dir, left behind when it is killed
    args: [
      '--no-sandbox', // root in a container
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return { context, page: context.pages()[0] ?? (await context.newPage()), close };
}
