// The `side-project` command as a user runs it: the built dist/cli.js in a child process, on journals in
// temp folders, with the time pinned through SIDE_PROJECT_NOW.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseJournal } from '../../../src/core';

const CLI = path.join(__dirname, '../../../../dist/cli.js');
const EXAMPLE = path.join(__dirname, '../../../../examples/uptime-bot/.sideproject/journal.md');
const NOW = '2026-11-24 10:30';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(cwd: string, args: string[], input?: string, env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, SIDE_PROJECT_NOW: NOW, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the side-project command', function () {
  this.timeout(60_000);
  let dir: string;
  let journal: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spj-cli-'));
    fs.mkdirSync(path.join(dir, '.git'));
    fs.mkdirSync(path.join(dir, '.sideproject'));
    journal = path.join(dir, '.sideproject', 'journal.md');
    fs.copyFileSync(EXAMPLE, journal);
    fs.mkdirSync(path.join(dir, 'src', 'deep'), { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('status, found from a nested folder, as text and as JSON', () => {
    const text = cli(path.join(dir, 'src', 'deep'), ['status']);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^uptime-bot: operate, day 16 · 16 days in production\n/);
    assert.match(text.stdout, /Open incidents: SEV-2 Database disk full \(detected 2026-11-20 02:10\)/);
    const json = cli(dir, ['status', '--json']);
    assert.equal(json.code, 0);
    const status = JSON.parse(json.stdout);
    assert.equal(status.daysInProduction, 16);
    assert.equal(status.phase, 'operate');
    assert.deepEqual(status.proposedDecisions, [{ date: '2026-10-24', title: 'Store check results for 30 days only' }]);
  });

  it('log decision, incident and note append exactly the entries, and only add bytes', () => {
    const before = fs.readFileSync(journal, 'utf8');
    const decision = cli(
      dir,
      ['log', 'decision', 'Use SQLite for the cache', '--options', 'SQLite, Redis', '--body', '-'],
      'The load is tiny.\n',
    );
    assert.equal(decision.code, 0, decision.stderr);
    assert.equal(decision.stdout, `Logged to ${journal}:78: 2026-11-24 10:30 Decision: Use SQLite for the cache\n`);
    const incident = cli(dir, ['log', 'incident', 'Mail relay down', '--severity', 'sev-2', '--json']);
    assert.equal(incident.code, 0, incident.stderr);
    assert.deepEqual(JSON.parse(incident.stdout), {
      written: true,
      entry: { date: '2026-11-24', time: '10:30', kind: 'incident', title: 'Mail relay down', line: 84, journal },
    });
    assert.equal(
      cli(dir, ['log', 'note', 'Restored a backup'], undefined, { SIDE_PROJECT_NOW: '2026-11-25 21:00' }).code,
      0,
    );
    assert.equal(
      fs.readFileSync(journal, 'utf8'),
      before +
        '\n## 2026-11-24 10:30 Decision: Use SQLite for the cache\n- Status: accepted\n- Options: SQLite, Redis\n\nThe load is tiny.\n' +
        '\n## 2026-11-24 10:30 Incident: Mail relay down\n- Severity: SEV-2\n- Status: open\n- Detected: 2026-11-24 10:30\n' +
        '\n## 2026-11-25 21:00 Note: Restored a backup\n',
    );
  });

  it('find with words and filters, newest first, as JSON', () => {
    const found = cli(dir, ['find', 'postgres', '--kind', 'decision', '--json']);
    assert.equal(found.code, 0, found.stderr);
    const result = JSON.parse(found.stdout);
    assert.equal(result.total, 1);
    assert.equal(result.entries[0].title, 'Use PostgreSQL over SQLite');
    assert.match(result.entries[0].body, /backups I have\nactually restored/);
    const limited = JSON.parse(cli(dir, ['find', '--limit', '2', '--json']).stdout);
    assert.equal(limited.entries.length, 2);
    assert.equal(limited.total, parseJournal(fs.readFileSync(journal, 'utf8')).entries.length);
    assert.match(cli(dir, ['find', 'nothing-like-this']).stdout, /^No entries match\.\n$/);
  });

  it('exit codes: 1 for invalid input or a refused write, with one line; 2 for usage', () => {
    const before = fs.readFileSync(journal);
    const invalid = cli(dir, ['log', 'incident', 'x', '--severity', 'SEV-9']);
    assert.deepEqual([invalid.code, invalid.stderr], [1, '`severity` must be one of SEV-1, SEV-2, SEV-3, SEV-4.\n']);
    const badDate = cli(dir, ['find', '--from', 'last week']);
    assert.deepEqual([badDate.code, badDate.stderr], [1, '`from` must be a day written YYYY-MM-DD.\n']);
    assert.equal(cli(dir, ['log', 'mood', 'x']).code, 2);
    assert.equal(cli(dir, ['log', 'note']).code, 2);
    assert.equal(cli(dir, ['log', 'note', 'x', '--colour', 'red']).code, 2);
    assert.equal(cli(dir, ['frobnicate']).code, 2);
    assert.equal(cli(dir, []).code, 2);
    assert.equal(cli(dir, ['--help']).code, 0);
    assert.match(cli(dir, ['log', 'decision', '--help']).stdout, /^Usage: side-project log decision "<title>"/);
    assert.deepEqual(fs.readFileSync(journal), before, 'nothing was written');

    fs.writeFileSync(journal, Buffer.concat([before, Buffer.from([0xe9, 0x0a])])); // a Latin-1 byte
    const latin1 = fs.readFileSync(journal);
    const refused = cli(dir, ['log', 'note', 'x']);
    assert.equal(refused.code, 1);
    assert.match(
      refused.stderr,
      /^Nothing was written to .*journal\.md: the file is not valid UTF-8 \(line 77 is not\)/,
    );
    assert.deepEqual(fs.readFileSync(journal), latin1);
  });

  it('refuses a journal outside its repository (a symbolic link out), and finds none past the repository root', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'spj-cli-outside-'));
    try {
      fs.writeFileSync(path.join(outside, 'journal.md'), '## 2026-11-02 Note: elsewhere\n');
      fs.rmSync(journal);
      fs.symlinkSync(path.join(outside, 'journal.md'), journal);
      const refused = cli(dir, ['log', 'note', 'x']);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /leads outside .* \(through a symbolic link\)/);
      assert.equal(fs.readFileSync(path.join(outside, 'journal.md'), 'utf8'), '## 2026-11-02 Note: elsewhere\n');
      fs.rmSync(path.join(dir, '.sideproject'), { recursive: true });
      const none = cli(path.join(dir, 'src'), ['status']);
      assert.equal(none.code, 1);
      assert.match(none.stderr, /^No journal found: no \.sideproject\/journal\.md in .* or the folders above it/);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('keeps a CRLF journal with a BOM in its style', () => {
    const crlf = '\uFEFF---\r\nproject: windows\r\n---\r\n\r\n## 2026-11-02 Phase: design\r\n';
    fs.writeFileSync(journal, crlf);
    assert.equal(cli(dir, ['log', 'note', 'From PowerShell 7']).code, 0);
    assert.equal(fs.readFileSync(journal, 'utf8'), `${crlf}\r\n## 2026-11-24 10:30 Note: From PowerShell 7\r\n`);
  });

  it("4 processes x 100 CLI appends beside the extension's own append path lose nothing", async () => {
    fs.writeFileSync(journal, '---\nproject: busy\n---\n\n# busy\n\n```\nan open fence\n');
    const run = (args: string[]) =>
      new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, args, {
          cwd: dir,
          env: { ...process.env, SIDE_PROJECT_NOW: NOW },
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
      });
    await Promise.all([
      ...[0, 1, 2, 3].map((w) => run([path.join(__dirname, 'cliWorker.js'), String(w), '100'])),
      run([path.join(__dirname, '../vscode/appendWorker.js'), journal, 'ext', '100']),
    ]);
    const text = fs.readFileSync(journal, 'utf8');
    const titles = parseJournal(text).entries.map((e) => e.title);
    assert.equal(titles.length, 500);
    for (let w = 0; w < 4; w++) {
      for (let i = 0; i < 100; i++) assert.ok(titles.includes(`cli ${w} entry ${i}`), `cli ${w} entry ${i}`);
    }
    for (let i = 0; i < 100; i++) assert.ok(titles.includes(`writer ext entry ${i}`));
  });
});
