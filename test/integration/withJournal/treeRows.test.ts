// VS Code passes the focused tree row to a view's title-bar and `…` commands. A row may say where a command
// applies; it never answers a question. Each action run on a row asks what it asks when run with nothing.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../../src/extension';
import type { LifecycleNode } from '../../../src/vscode/phaseTreeProvider';
import { at, children, journalSandbox, putJournal, readBytes } from '../helpers';
import { acceptDefaults, converse } from '../questions';

const fixture = fs.readFileSync(path.join(__dirname, '../../../../test/fixtures/journals/format-example.md'), 'utf8');
const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../package.json'), 'utf8'));
const viewActions: string[] = manifest.contributes.menus['view/title'].map((m: { command: string }) => m.command);

describe('title-bar and … actions run on a tree row', () => {
  const sandbox = journalSandbox({ journal: fixture, time: at(2026, 11, 24, 10, 30) });
  let api: SideProjectApi;
  before(() => (api = sandbox.api));
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeQuickOpen'));

  /** The rows a user may have focused: a charter row, a phase, an entry. */
  async function rows(): Promise<Record<string, LifecycleNode>> {
    const top = await children(api);
    const info = top.find((n) => n.type !== 'phase'); // the charter at a glance, above the phases
    const operate = top.find((n) => n.type === 'phase' && n.phase === 'operate');
    assert.ok(info && operate);
    const [entry] = await children(api, operate);
    assert.equal(entry?.type, 'entry');
    return { 'a charter row': info, 'a phase row': operate, 'an entry row': entry };
  }

  /** Appends made by a run, and the questions it asked. */
  async function run(command: string, args: unknown[]): Promise<{ asked: readonly string[]; appended: string }> {
    const before = readBytes();
    const { asked } = await converse(api, command, args, acceptDefaults('Typed answer'));
    const after = readBytes();
    await putJournal(api, fixture);
    return { asked, appended: after.startsWith(before) ? after.slice(before.length) : after };
  }

  it('are the view title bar and … menu actions this test covers', () => {
    assert.deepEqual([...viewActions].sort(), [
      'sideProject.logDecision',
      'sideProject.logDeploy',
      'sideProject.logIncident',
      'sideProject.logNote',
      'sideProject.markLaunched',
      'sideProject.openJournal',
      'sideProject.pause',
      'sideProject.resumeProject',
      'sideProject.setNextStep',
      'sideProject.setPhase',
      'sideProject.showDashboard',
      'sideProject.writeRetrospective',
    ]);
  });

  for (const command of viewActions) {
    it(`${command} asks the same questions and writes the same bytes on any row as with no argument`, async () => {
      const alone = await run(command, []);
      for (const [name, row] of Object.entries(await rows())) {
        const onRow = await run(command, [row]);
        assert.deepEqual(onRow, alone, `run on ${name}`);
      }
    });
  }

  it('asks every question of Log Decision, Log Incident and Pause Project on a row', async () => {
    const { 'an entry row': entry } = await rows();
    assert.deepEqual((await run('sideProject.logDecision', [entry])).asked, [
      'Log Decision 1/5: What did you decide?',
      'Log Decision 2/5: Why? (one line) (optional)',
      'Log Decision 3/5: Options considered (optional)',
      'Log Decision 4/5: Status',
      'Log Decision 5/5: Review on (YYYY-MM-DD) (optional)',
      "What's next?: The next step, in one line, so the next session starts right away (optional)",
    ]);
    assert.deepEqual((await run('sideProject.logIncident', [entry])).asked, [
      'Log Incident 1/3: What broke?',
      'Log Incident 2/3: Severity',
      'Log Incident 3/3: Detected at (YYYY-MM-DD HH:mm)',
      "What's next?: The next step, in one line, so the next session starts right away (optional)",
    ]);
    assert.deepEqual((await run('sideProject.pause', [entry])).asked, [
      'Pause Project: Paused until (YYYY-MM-DD): no nudges through that day',
    ]);
  });

  it('Pause from the … menu proposes the later of the pause set and two weeks, never a shorter one', async () => {
    for (const [existing, proposed] of [
      ['2026-12-31', '2026-12-31'],
      ['2026-11-30', '2026-12-08'],
    ]) {
      await putJournal(api, fixture.replace('---\n\n#', `paused_until: ${existing}\n---\n\n#`));
      const before = readBytes();
      const { questions } = await converse(api, 'sideProject.pause', [(await rows())['a phase row']], () => 'accept');
      assert.deepEqual(
        questions.map((q) => q.value),
        [proposed],
      );
      assert.equal(readBytes(), before.replace(`paused_until: ${existing}`, `paused_until: ${proposed}`));
    }
  });
});
