// The programs outside npm that the harness needs, and where they come from. Debian and its derivatives
// (a /etc/debian_version and dpkg on PATH) get the missing ones from apt. Any other system uses what it
// has, and is told what is missing and how to get it: nothing here calls apt-get or sudo there.
// The decision (planSystemTools) is pure, so a unit test can give it any system.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The tools, by their Debian package names (what callers ask for). `commands` are looked up on PATH
 * elsewhere, after the `env` variable that names the program; `needed: false` means the harness can do
 * without it; `checkable: false` means there is no program to look for (headers).
 */
export const TOOLS = {
  chromium: {
    what: 'a Chromium-based browser, which drives the VS Code workbench in the integration and e2e tests',
    commands: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
    env: 'CHROME_PATH',
    needed: true,
    how: 'install Chromium or Google Chrome (dnf install chromium, pacman -S chromium, brew install --cask chromium), or set CHROME_PATH to its executable',
  },
  ripgrep: {
    what: "the rg program, which code-server's install packs instead of downloading it",
    commands: ['rg'],
    needed: false,
    how: "without it, code-server's install downloads @vscode/ripgrep's own rg from GitHub (that needs internet); install ripgrep (dnf install ripgrep, pacman -S ripgrep, brew install ripgrep) to avoid the download",
  },
  'libkrb5-dev': {
    what: "the Kerberos development headers, which code-server's kerberos module is built against",
    checkable: false,
    needed: false,
    how: 'if the code-server install fails building kerberos, install them: krb5-devel (Fedora), krb5 (Arch); macOS has them',
  },
};

/** The path of an executable `command` on the PATH of `env`, found without a shell. */
export function onPath(command, env = process.env) {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** The facts about this machine that the plan depends on. */
export function probeSystem(env = process.env) {
  return {
    debian: fs.existsSync('/etc/debian_version') && onPath('dpkg', env) !== undefined,
    root: process.getuid?.() === 0,
    /** Whether dpkg says a package is installed (only asked on Debian). */
    installed: (pkg) =>
      /^Status: install ok installed$/m.test(spawnSync('dpkg', ['-s', pkg], { encoding: 'utf8', env }).stdout ?? ''),
    find: (command) => onPath(command, env),
    env,
  };
}

/** Where `system` has the program of tool `name`: the variable that names it, else the first of its commands on PATH. */
export function findTool(name, system) {
  const tool = TOOLS[name];
  return (tool.env && system.env[tool.env]) || tool.commands?.map((command) => system.find(command)).find(Boolean);
}

/**
 * What to do about the tools `names` on `system` (see probeSystem):
 * - on Debian: `install`, the packages to get from apt (with sudo when not root);
 * - elsewhere: `found` (name → program), `missing` (not found: `needed` ones stop the caller) and
 *   `unchecked` (nothing to look for), and never anything to install.
 */
export function planSystemTools(names, system) {
  const unknown = names.filter((name) => !TOOLS[name]);
  if (unknown.length) throw new Error(`unknown system tool(s): ${unknown.join(', ')}`);
  if (system.debian) {
    const install = names.filter((name) => !system.installed(name));
    return { debian: true, install, sudo: install.length > 0 && !system.root, found: {}, missing: [], unchecked: [] };
  }
  const found = {};
  const missing = [];
  const unchecked = [];
  for (const name of names) {
    const tool = TOOLS[name];
    if (tool.checkable === false) {
      unchecked.push(name);
      continue;
    }
    const program = findTool(name, system);
    if (program) found[name] = program;
    else missing.push(name);
  }
  return { debian: false, install: [], sudo: false, found, missing, unchecked };
}

let aptUpdated = false;

function aptInstall(packages, sudo) {
  const [cmd, ...pre] = sudo ? ['sudo', 'apt-get'] : ['apt-get'];
  const apt = (...args) => {
    console.log(`$ ${[cmd, ...pre, ...args].join(' ')}`);
    const r = spawnSync(cmd, [...pre, ...args], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (r.status !== 0) throw new Error(`apt-get ${args[0]} failed (exit ${r.status})`);
  };
  console.log(`Installing missing Debian packages: ${packages.join(', ')}`);
  if (!aptUpdated) apt('update'); // package lists may be empty or stale on a fresh machine
  aptUpdated = true;
  apt('install', '-y', '--no-install-recommends', ...packages);
}

/**
 * Makes the tools `names` available: installs the missing Debian packages on Debian; elsewhere says where
 * each was found and what is missing, and throws when a needed one is. Returns the plan (its `found` has
 * the programs to use elsewhere).
 */
export function ensureSystemTools(names, system = probeSystem()) {
  const plan = planSystemTools(names, system);
  if (plan.debian) {
    if (plan.install.length > 0) aptInstall(plan.install, plan.sudo);
    return plan;
  }
  console.log(
    'Not a Debian system (no /etc/debian_version with dpkg on PATH): installing nothing, using what is here.',
  );
  for (const [name, program] of Object.entries(plan.found)) console.log(`  ${name}: ${program}`);
  for (const name of [...plan.missing, ...plan.unchecked]) {
    const tool = TOOLS[name];
    const state = plan.missing.includes(name) ? 'not found' : 'not checked';
    console.log(`  ${name}: ${state} (${tool.what}); ${tool.how}`);
  }
  const stop = plan.missing.filter((name) => TOOLS[name].needed);
  if (stop.length > 0) {
    throw new Error(
      `missing: ${stop.map((name) => `${name} (${TOOLS[name].how})`).join('; ')}. ` +
        'Or run the extension in desktop VS Code: F5, "Run Extension (example project)".',
    );
  }
  return plan;
}
