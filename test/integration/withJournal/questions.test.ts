// The questions commands ask, answered in the real quick input: safe defaults, the resolution time, the next
// step, the decision's why, and the end of a pause. Each checks the journal's bytes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { launchCelebration, lifecycle, parseJournal } from '../../../src/core';
import type { SideProjectApi } from '../../../src/extension';
import type { ShownQuestion } from '../../../src/vscode/multiStepInput';
import { at, eventually, journalSandbox, putJournal, readBytes } from '../helpers';
import { accept, converse, describeQuestion, typeInto, type Reply } from '../questions';

const fixture = fs.readFileSync(path.join(__dirname, '../../../../test/fixtures/journals/format-example.md'), 'utf8');
const END_OF_CHARTER = '  - Three people use it for 30 days\n---';
const withCharterLine = (text: string, line: string) =>
  text.replace(END_OF_CHARTER, `  - Three people use it for 30 days\n${line}\n---`);
const openIncident = fixture.replace(
  '- Status: resolved\n- Detected: 2026-11-22 02:10\n- Resolved: 2026-11-22 03:40\n',
  '- Status: open\n- Detected: 2026-11-22 02:10\n',
);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Replies to each question by its title and prompt (a regular expression); skips "What's next?" with Escape. */
function script(...replies: [RegExp, Reply][]): (q: ShownQuestion) => Reply {
  return (q) => {
    const found = replies.find(([pattern]) => pattern.test(describeQuestion(q)));
    if (!found && q.title === "What's next?") return 'escape';
    assert.ok(found, `an unexpected question: ${describeQuestion(q)}`);
    replies.splice(replies.indexOf(found), 1);
    return found[1];
  };
}

describe('questions answered in the quick input', () => {
  const sandbox = journalSandbox({ journal: fixture, time: at(2026, 11, 24, 10, 30) });
  let api: SideProjectApi;
  before(() => (api = sandbox.api));
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeQuickOpen'));

  const appended = (before: string) => {
    const after = readBytes();
    assert.ok(after.startsWith(before), 'the old bytes changed');
    return after.slice(before.length);
  };

  it('Log Incident proposes SEV-3, so Enter never logs the worst', async () => {
    const before = readBytes();
    const { result, questions } = await converse(
      api,
      'sideProject.logIncident',
      [],
      script([/What broke/, { type: 'Checker stalls' }], [/Severity/, 'accept'], [/Detected/, 'accept']),
    );
    assert.deepEqual(result, { written: true });
    assert.deepEqual(questions[1].items, ['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4']);
    assert.equal(questions[1].value, 'SEV-3');
    assert.equal(
      appended(before),
      '\n## 2026-11-24 10:30 Incident: Checker stalls\n- Severity: SEV-3\n- Status: open\n- Detected: 2026-11-24 10:30\n',
    );
  });

  it('Set Phase proposes the phase after the current one, never an earlier one', async () => {
    for (const [journal, current, proposed] of [
      [fixture, 'operate', 'maintain'],
      ['---\nproject: p\nstarted: 2026-11-02\n---\n\n## 2026-11-02 09:14 Phase: design\n', 'design', 'build'],
    ]) {
      await putJournal(api, journal);
      const before = readBytes();
      const { questions } = await converse(api, 'sideProject.setPhase', [], () => 'accept');
      assert.deepEqual(
        questions.map((q) => [q.prompt, q.value]),
        [[`Move the project from ${current} to…`, proposed[0].toUpperCase() + proposed.slice(1)]],
      );
      assert.equal(appended(before), `\n## 2026-11-24 10:30 Phase: ${proposed}\n`);
    }
  });

  it('Resolve Incident asks when it was resolved: now by default, never before it was detected', async () => {
    await putJournal(api, openIncident);
    const before = readBytes();
    let resolvedAt: ShownQuestion | undefined;
    const running = converse(api, 'sideProject.resolveIncident', [], (q) => {
      if (/Resolved at/.test(q.prompt)) return ((resolvedAt = q), 'hold');
      return script(
        [/Which incident/, 'accept'],
        [/Root cause/, { type: 'WAL on the root disk' }],
        [/Fix/, { type: 'Moved WAL to a volume' }],
        [/Lesson/, 'accept'],
        // The postmortem's optional steps, skipped by an empty Enter.
        [/Impact/, 'accept'],
        [/Trigger/, 'accept'],
        [/Detection/, 'accept'],
        [/lucky/, 'accept'],
        [/Action items/, 'accept'],
      )(q);
    });
    await eventually('the Resolved at question', () => resolvedAt !== undefined);
    assert.ok(resolvedAt);
    assert.equal(`${resolvedAt.title} ${resolvedAt.step}/${resolvedAt.totalSteps}`, 'Resolve: Database disk full 9/9');
    assert.equal(resolvedAt.value, '2026-11-24 10:30');
    await typeInto(resolvedAt, '2026-11-22 01:00');
    await accept();
    await pause(200);
    assert.equal(
      (resolvedAt.input as vscode.InputBox).validationMessage,
      'Not before the incident was detected (2026-11-22 02:10)',
    );
    await typeInto(resolvedAt, '2026-11-23 08:15');
    await accept();
    assert.deepEqual((await running).result, { written: true });
    assert.equal(
      readBytes(),
      before
        .replace('- Status: open\n', '- Status: resolved\n')
        .replace('- Detected: 2026-11-22 02:10\n', '- Detected: 2026-11-22 02:10\n- Resolved: 2026-11-23 08:15\n')
        .replace(
          'Root cause, the fix, and the lesson.\n',
          'Root cause, the fix, and the lesson.\n\n### Resolution\n- Root cause: WAL on the root disk\n- Fix: Moved WAL to a volume\n',
        ),
    );
  });

  it('Resolve Incident takes the resolved time from an argument object, and refuses one before detection', async () => {
    await putJournal(api, openIncident);
    const before = readBytes();
    const line = api.journals.all[0].current?.journal.entries[3].line;
    const early = await vscode.commands.executeCommand('sideProject.resolveIncident', {
      line,
      rootCause: 'WAL',
      fix: 'Volume',
      resolved: '2026-11-21 23:00',
    });
    assert.deepEqual(early, {
      written: false,
      message: 'Resolved at "2026-11-21 23:00": Not before the incident was detected (2026-11-22 02:10)',
    });
    assert.equal(readBytes(), before);
    const { result, asked } = await converse(
      api,
      'sideProject.resolveIncident',
      [{ line, rootCause: 'WAL', fix: 'Volume', resolved: '2026-11-22 04:05' }],
      () => 'escape',
    );
    assert.deepEqual([result, asked], [{ written: true }, []]);
    assert.match(readBytes(), /- Detected: 2026-11-22 02:10\n- Resolved: 2026-11-22 04:05\n/);
  });

  it('Resume Project removes paused_until, its line and nothing else, and says so when there is no pause', async () => {
    for (const eol of ['\n', '\r\n']) {
      const original = fixture.replace(/\n/g, eol);
      await putJournal(
        api,
        original.replace(
          `started: 2026-11-02${eol}`,
          `started: 2026-11-02${eol}paused_until: 2026-12-31 # back after the holidays${eol}`,
        ),
      );
      const { result, asked } = await converse(api, 'sideProject.resumeProject', [], () => 'escape');
      assert.deepEqual([result, asked], [{ written: true }, []]);
      assert.equal(readBytes(), original);
      assert.deepEqual(await vscode.commands.executeCommand('sideProject.resumeProject'), {
        written: false,
        message: 'not paused',
      });
      assert.equal(readBytes(), original);
    }
  });

  it('Set Next Step writes next_step, proposes it the next time, and an emptied line removes it', async () => {
    const first = await converse(api, 'sideProject.setNextStep', [], () => ({ type: 'Write the backup script' }));
    assert.deepEqual(first.asked, ['Set Next Step: The next step, in one line (empty removes it) (optional)']);
    assert.equal(first.questions[0].value, '');
    assert.equal(readBytes(), withCharterLine(fixture, 'next_step: Write the backup script'));
    const second = await converse(api, 'sideProject.setNextStep', [], () => ({ type: 'Restore a backup once' }));
    assert.equal(second.questions[0].value, 'Write the backup script');
    assert.equal(readBytes(), withCharterLine(fixture, 'next_step: Restore a backup once'));
    const cleared = await converse(api, 'sideProject.setNextStep', [], () => ({ type: '' }));
    assert.deepEqual(cleared.result, { written: true });
    assert.equal(readBytes(), fixture);
    assert.deepEqual(await vscode.commands.executeCommand('sideProject.setNextStep', { nextStep: 'Ship it' }), {
      written: true,
    });
    assert.equal(readBytes(), withCharterLine(fixture, 'next_step: Ship it'));
  });

  it("offers What's next? after a log, and writes the answer as next_step", async () => {
    const { result, asked } = await converse(
      api,
      'sideProject.logNote',
      [],
      script([/One line of progress/, { type: 'Wired the alerts' }], [/What's next/, { type: 'Restore a backup' }]),
    );
    assert.deepEqual(result, { written: true });
    assert.deepEqual(asked, [
      'Log Progress Note: One line of progress',
      "What's next?: The next step, in one line, so the next session starts right away (optional)",
    ]);
    assert.equal(
      readBytes(),
      withCharterLine(fixture, 'next_step: Restore a backup') + '\n## 2026-11-24 10:30 Note: Wired the alerts\n',
    );
  });

  it("What's next? is skipped by Escape or an empty Enter, and not offered after a full argument object", async () => {
    for (const skip of ['escape', 'accept'] as const) {
      const before = readBytes();
      const { result } = await converse(api, 'sideProject.logNote', [], (q) =>
        q.title === "What's next?" ? skip : { type: `Skipped with ${skip}` },
      );
      assert.deepEqual(result, { written: true });
      assert.equal(appended(before), `\n## 2026-11-24 10:30 Note: Skipped with ${skip}\n`);
    }
    const before = readBytes();
    const quiet = await converse(api, 'sideProject.logDecision', [{ title: 'Keep SQLite for now' }], () => 'escape');
    assert.deepEqual([quiet.result, quiet.asked], [{ written: true }, []]);
    assert.equal(appended(before), '\n## 2026-11-24 10:30 Decision: Keep SQLite for now\n- Status: accepted\n');
  });

  it("Log Decision asks why, and writes it as the entry's first body line", async () => {
    const before = readBytes();
    const { asked } = await converse(
      api,
      'sideProject.logDecision',
      [],
      script(
        [/What did you decide/, { type: 'Use Caddy for TLS' }],
        [/Why/, { type: 'Automatic certificates, one cron job less' }],
        [/Options/, 'accept'],
        [/Status/, 'accept'],
        [/Review on/, { type: '' }],
      ),
    );
    assert.equal(asked[1], 'Log Decision 2/5: Why? (one line) (optional)');
    assert.equal(
      appended(before),
      '\n## 2026-11-24 10:30 Decision: Use Caddy for TLS\n- Status: accepted\n\nAutomatic certificates, one cron job less\n',
    );
  });

  it('Log Decision takes why from an argument object, before the body, and a body alone as before', async () => {
    const before = readBytes();
    await vscode.commands.executeCommand('sideProject.logDecision', {
      title: 'Use Caddy',
      why: 'Certificates renew themselves',
      body: 'Context.\n\nConsequences.',
    });
    await vscode.commands.executeCommand('sideProject.logDecision', { title: 'Keep cron', body: 'Context only.' });
    assert.equal(
      appended(before),
      '\n## 2026-11-24 10:30 Decision: Use Caddy\n- Status: accepted\n\nCertificates renew themselves\n\nContext.\n\nConsequences.\n' +
        '\n## 2026-11-24 10:30 Decision: Keep cron\n- Status: accepted\n\nContext only.\n',
    );
  });

  it('Mark as Launched celebrates in one line: the day in production and the launch against its target', () => {
    const celebrate = (charter: string) =>
      launchCelebration(
        lifecycle(parseJournal(`---\n${charter}---\n\n## 2026-11-24 10:30 Launch: it is live\n`), '2026-11-24'),
      );
    assert.equal(
      celebrate('launch_target: 2026-11-27\n'),
      '🚀 Launched: day 1 in production (3 days before the target)',
    );
    assert.equal(
      celebrate('launch_target: 2026-11-25\n'),
      '🚀 Launched: day 1 in production (1 day before the target)',
    );
    assert.equal(celebrate('launch_target: 2026-11-24\n'), '🚀 Launched: day 1 in production (on the target day)');
    assert.equal(
      celebrate('launch_target: 2026-11-20\n'),
      '🚀 Launched: day 1 in production (4 days after the target)',
    );
    assert.equal(celebrate('project: p\n'), '🚀 Launched: day 1 in production');
  });
});
