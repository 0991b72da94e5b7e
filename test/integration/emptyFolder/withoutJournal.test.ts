// A command run before there is a journal offers Start Journal; once it is started, the command goes on
// where it was, with what its argument held. (Named to run after welcome.test, files running in name order:
// that one expects a status bar item that was never shown.)
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../../src/extension';
import { at, eventually, extensionApi, folder, putJournal, readBytes } from '../helpers';
import { acceptDefaults, converse, type Reply } from '../questions';
import type { ShownQuestion } from '../../../src/vscode/multiStepInput';

const START_QUESTIONS = [
  "Start Journal 1/4: The project's name",
  'Start Journal 2/4: The one thing you want to learn that your day job does not teach',
  'Start Journal 3/4: Done means… (separate items with ;) (optional)',
  'Start Journal 4/4: Launch target: the day you mean to be in production. Small enough to reach in a month.',
];
const WHATS_NEXT = "What's next?: The next step, in one line, so the next session starts right away (optional)";

describe('a command run before there is a journal', () => {
  let api: SideProjectApi;
  before(async () => (api = await extensionApi()));
  beforeEach(async () => {
    api.clock.set(at(2026, 11, 24, 9, 5));
    await vscode.commands.executeCommand('notifications.clearAll');
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    api.clock.set(undefined);
    await putJournal(api, undefined);
  });

  /** The journal Start Journal writes with its defaults and this learning goal. */
  const newJournal = () =>
    [
      `---`,
      `project: ${folder().name}`,
      'started: 2026-11-24',
      'launch_target: 2026-12-24',
      'learning_goal: Be on call for my own service',
      '---',
      '',
      `# ${folder().name}`,
      '',
      '## 2026-11-24 09:05 Phase: design',
      '',
    ].join('\n');

  /** Runs `command`, accepts the offer to start a journal (a notification), and answers every question. */
  async function runAndStart(command: string, args: unknown[], reply: (q: ShownQuestion) => Reply) {
    let asked = false;
    const running = converse(api, command, args, (q) => ((asked = true), reply(q)));
    await eventually('the offer to start a journal, accepted', async () => {
      if (!asked) await vscode.commands.executeCommand('notification.acceptPrimaryAction');
      return asked;
    });
    return running;
  }

  it('Log Decision offers Start Journal, asks its questions, then the decision is written', async () => {
    const answers = acceptDefaults('Be on call for my own service');
    const { result, asked } = await runAndStart('sideProject.logDecision', [], (q) =>
      q.title === 'Log Decision' && q.step === 1
        ? { type: 'Use SQLite for the check history' }
        : q.title === "What's next?"
          ? 'escape'
          : answers(q),
    );
    assert.deepEqual(result, { written: true });
    assert.deepEqual(asked, [
      ...START_QUESTIONS,
      'Log Decision 1/5: What did you decide?',
      'Log Decision 2/5: Why? (one line) (optional)',
      'Log Decision 3/5: Options considered (optional)',
      'Log Decision 4/5: Status',
      'Log Decision 5/5: Review on (YYYY-MM-DD) (optional)',
      WHATS_NEXT,
    ]);
    assert.equal(
      readBytes(),
      `${newJournal()}\n## 2026-11-24 09:05 Decision: Use SQLite for the check history\n- Status: accepted\n- Review: 2027-02-22\n`,
    );
  });

  it('keeps what the argument object held: the note it named is written once the journal is started', async () => {
    const { result, asked } = await runAndStart('sideProject.logNote', [{ text: 'Checker runs every minute' }], (q) =>
      q.title === "What's next?" ? 'escape' : acceptDefaults('Be on call for my own service')(q),
    );
    assert.deepEqual(result, { written: true });
    assert.deepEqual(asked, [...START_QUESTIONS, WHATS_NEXT]);
    assert.equal(readBytes(), `${newJournal()}\n## 2026-11-24 09:05 Note: Checker runs every minute\n`);
  });
});
