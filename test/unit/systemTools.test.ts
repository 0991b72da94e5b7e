// The harness's decision about programs outside npm (scripts/systemTools.mjs): apt on Debian only, and
// elsewhere what the system has, without apt-get or sudo.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

interface System {
  debian: boolean;
  root: boolean;
  installed(pkg: string): boolean;
  find(command: string): string | undefined;
  env: Record<string, string | undefined>;
}
interface Plan {
  debian: boolean;
  install: string[];
  sudo: boolean;
  found: Record<string, string>;
  missing: string[];
  unchecked: string[];
}
interface SystemTools {
  planSystemTools(names: string[], system: System): Plan;
  onPath(command: string, env: Record<string, string | undefined>): string | undefined;
  probeSystem(env: Record<string, string | undefined>): System;
}

const root = path.join(__dirname, '../../..');
const NAMES = ['chromium', 'ripgrep', 'libkrb5-dev'];

describe('the system tools the harness needs', () => {
  let tools: SystemTools;
  before(async () => {
    tools = (await import(pathToFileURL(path.join(root, 'scripts', 'systemTools.mjs')).href)) as SystemTools;
  });

  const system = (over: Partial<System>): System => ({
    debian: false,
    root: false,
    installed: () => false,
    find: () => undefined,
    env: {},
    ...over,
  });

  it('on Debian: the missing packages from apt, with sudo only when not root', () => {
    const installed = (pkg: string) => pkg === 'ripgrep';
    assert.deepEqual(tools.planSystemTools(NAMES, system({ debian: true, installed })), {
      debian: true,
      install: ['chromium', 'libkrb5-dev'],
      sudo: true,
      found: {},
      missing: [],
      unchecked: [],
    });
    assert.equal(tools.planSystemTools(NAMES, system({ debian: true, root: true, installed })).sudo, false);
    assert.deepEqual(tools.planSystemTools(NAMES, system({ debian: true, installed: () => true })).install, []);
  });

  it('elsewhere: never anything to install; the programs found on PATH or named by CHROME_PATH, the rest missing', () => {
    const onPath: Record<string, string> = {
      'google-chrome': '/opt/google/chrome/google-chrome',
      rg: '/usr/local/bin/rg',
    };
    const plan = tools.planSystemTools(NAMES, system({ find: (c) => onPath[c] }));
    assert.deepEqual(plan, {
      debian: false,
      install: [],
      sudo: false,
      found: { chromium: '/opt/google/chrome/google-chrome', ripgrep: '/usr/local/bin/rg' },
      missing: [],
      unchecked: ['libkrb5-dev'],
    });
    const named = tools.planSystemTools(
      ['chromium'],
      system({ find: (c) => onPath[c], env: { CHROME_PATH: '/Applications/Chromium.app/Contents/MacOS/Chromium' } }),
    );
    assert.deepEqual(named.found, { chromium: '/Applications/Chromium.app/Contents/MacOS/Chromium' });
    const bare = tools.planSystemTools(NAMES, system({}));
    assert.deepEqual([bare.install, bare.missing, bare.sudo], [[], ['chromium', 'ripgrep'], false]);
  });

  it('a PATH without dpkg is not Debian, even with /etc/debian_version', () => {
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'spj-path-'));
    try {
      fs.symlinkSync(process.execPath, path.join(bin, 'node'));
      const probed = tools.probeSystem({ PATH: bin });
      assert.equal(probed.debian, false);
      assert.equal(tools.onPath('node', { PATH: bin }), path.join(bin, 'node'));
      assert.equal(tools.onPath('dpkg', { PATH: bin }), undefined);
    } finally {
      fs.rmSync(bin, { recursive: true, force: true });
    }
  });

  it('refuses a tool it does not know, rather than guess', () => {
    assert.throws(() => tools.planSystemTools(['chromium', 'xvfb'], system({})), /unknown system tool\(s\): xvfb/);
  });
});
