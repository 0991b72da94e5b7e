import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../../src/extension';
import { at, dismissUntilSettled, eventually, putJournal, journalSandbox } from '../helpers';

const journal = (lastEntry: string, charterExtra = '') =>
  `---\nproject: quiet-one\nstarted: 2026-09-01\n${charterExtra}---\n\n## 2026-09-01 10:00 Phase: design\n\n## ${lastEntry} 10:00 Note: last progress\n`;

describe('the momentum nudge', () => {
  const sandbox = journalSandbox();
  let api: SideProjectApi;
  const config = () => vscode.workspace.getConfiguration('sideProject');

  before(async () => {
    api = sandbox.api;
    // Other tests leave quiet journals behind, whose nudge may still be waiting for an answer.
    await vscode.commands.executeCommand('notifications.clearAll');
    await eventually('earlier nudges to be dismissed', () => !api.nudge.isShowing);
  });

  afterEach(async () => {
    await config().update('nudge.afterDays', undefined, vscode.ConfigurationTarget.Workspace);
  });

  /** Puts a journal without letting the automatic check see it, then checks on demand. */
  async function quietly(text: string): Promise<void> {
    await config().update('nudge.afterDays', 0, vscode.ConfigurationTarget.Workspace);
    await putJournal(api, text);
    await config().update('nudge.afterDays', 14, vscode.ConfigurationTarget.Workspace);
  }

  async function checkAndDismiss(): Promise<{ shown: boolean; choice?: string }> {
    return dismissUntilSettled(api.nudge.check(undefined), 'notifications.clearAll');
  }

  it('nudges once per quiet spell, and again only after a new entry and a new spell', async () => {
    api.clock.set(at(2026, 10, 20));
    await quietly(journal('2026-10-01'));
    assert.deepEqual(await checkAndDismiss(), { shown: true, choice: undefined });
    assert.deepEqual(await checkAndDismiss(), { shown: false });
    api.clock.set(at(2026, 11, 20));
    await quietly(journal('2026-11-01'));
    assert.deepEqual(await checkAndDismiss(), { shown: true, choice: undefined });
  });

  it('never nudges a paused project, nor one with nudges off, nor one that is not quiet', async () => {
    api.clock.set(at(2026, 10, 20));
    await quietly(journal('2026-09-15', 'paused_until: 2026-10-31\n'));
    assert.deepEqual(await checkAndDismiss(), { shown: false });
    await quietly(journal('2026-10-10'));
    assert.deepEqual(await checkAndDismiss(), { shown: false });
    await quietly(journal('2026-09-16'));
    await config().update('nudge.afterDays', 0, vscode.ConfigurationTarget.Workspace);
    assert.deepEqual(await checkAndDismiss(), { shown: false });
  });
});
