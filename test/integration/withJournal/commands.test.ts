import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../../src/extension';
import {
  at,
  childViews,
  children,
  dismissUntilSettled,
  eventually,
  putJournal,
  readBytes,
  view,
  journalSandbox,
} from '../helpers';

const fixture = fs.readFileSync(path.join(__dirname, '../../../../test/fixtures/journals/format-example.md'), 'utf8');

describe('commands with an argument object', () => {
  const sandbox = journalSandbox({ journal: fixture, time: at(2026, 11, 24, 10, 30) });
  let api: SideProjectApi;
  before(() => (api = sandbox.api));

  /** The entries under a phase, as the tree shows them: label, description, context value. */
  const phaseEntries = async (phase: string) => {
    const node = (await children(api)).find((n) => n.type === 'phase' && n.phase === phase);
    assert.ok(node, `no ${phase} node`);
    return (await childViews(api, node)).map((v) => [v.label, v.description, v.contextValue]);
  };

  const appended = (before: string) => {
    const after = readBytes();
    assert.ok(after.startsWith(before), 'the old bytes changed');
    return after.slice(before.length);
  };

  it('logDecision appends exactly the decision entry', async () => {
    const before = readBytes();
    const result = await vscode.commands.executeCommand('sideProject.logDecision', {
      title: 'Use Caddy for TLS',
      options: 'Caddy, nginx + certbot',
      status: 'proposed',
    });
    assert.deepEqual(result, { written: true });
    assert.equal(
      appended(before),
      '\n## 2026-11-24 10:30 Decision: Use Caddy for TLS\n- Status: proposed\n- Options: Caddy, nginx + certbot\n',
    );
    assert.deepEqual((await phaseEntries('operate'))[0], ['Use Caddy for TLS', 'proposed · Nov 24', 'entry.decision']);
  });

  it('logIncident appends an open incident and the operate phase lists it first, standing out', async () => {
    const before = readBytes();
    await vscode.commands.executeCommand('sideProject.logIncident', {
      title: 'API 500s',
      severity: 'SEV-1',
      detected: '2026-11-24 10:02',
    });
    assert.equal(
      appended(before),
      '\n## 2026-11-24 10:30 Incident: API 500s\n- Severity: SEV-1\n- Status: open\n- Detected: 2026-11-24 10:02\n',
    );
    await eventually('the tree to show the incident', async () => {
      const phases = (await children(api)).filter((n) => n.type === 'phase');
      const operate = phases.find((n) => n.type === 'phase' && n.phase === 'operate');
      return operate !== undefined && (await childViews(api, operate))[0]?.label === 'API 500s';
    });
    const operate = (await children(api)).find((n) => n.type === 'phase' && n.phase === 'operate');
    assert.ok(operate);
    assert.deepEqual(
      (await childViews(api, operate)).map((v) => [v.label, v.description, v.contextValue]),
      [
        ['API 500s', 'open · SEV-1 · Nov 24', 'entry.incident.open'],
        ['Database disk full', 'resolved · Nov 22', 'entry.incident.resolved'],
        ['uptime.example.dev is live', 'Nov 20', 'entry.launch'],
      ],
    );
  });

  it('logNote, setPhase and markLaunched append their entries', async () => {
    const before = readBytes();
    await vscode.commands.executeCommand('sideProject.logNote', { text: 'Alerts go to a second mailbox' });
    await vscode.commands.executeCommand('sideProject.setPhase', { phase: 'maintain' });
    await vscode.commands.executeCommand('sideProject.markLaunched', { title: 'v2 is live' });
    assert.equal(
      appended(before),
      '\n## 2026-11-24 10:30 Note: Alerts go to a second mailbox\n\n## 2026-11-24 10:30 Phase: maintain\n\n## 2026-11-24 10:30 Launch: v2 is live\n',
    );
    assert.deepEqual((await phaseEntries('operate'))[0], ['Alerts go to a second mailbox', 'Nov 24', 'entry.note']);
    assert.deepEqual(await phaseEntries('maintain'), [
      ['v2 is live', 'Nov 24', 'entry.launch'],
      ['Phase: Maintain', 'Nov 24', 'entry.phase'],
    ]);
    const maintain = (await childViews(api)).find((v) => v.label === 'Maintain');
    assert.deepEqual(
      [maintain?.description, maintain?.contextValue, maintain?.collapsible],
      ['day 1 · since Nov 24', 'phase.current', true],
    );
  });

  it('resolveIncident on an open incident edits it in place', async () => {
    await putJournal(
      api,
      fixture.replace(
        '- Status: resolved\n- Detected: 2026-11-22 02:10\n- Resolved: 2026-11-22 03:40\n',
        '- Status: open\n- Detected: 2026-11-22 02:10\n',
      ),
    );
    const before = readBytes();
    const line = api.journals.all[0].current?.journal.entries[3].line;
    const result = await vscode.commands.executeCommand('sideProject.resolveIncident', {
      line,
      rootCause: 'WAL on the root disk',
      fix: 'Moved WAL to a volume',
      lesson: 'Alert at 80%',
    });
    assert.deepEqual(result, { written: true });
    assert.deepEqual((await phaseEntries('operate'))[0], [
      'Database disk full',
      'resolved · Nov 22',
      'entry.incident.resolved',
    ]);
    const after = readBytes();
    assert.equal(
      after,
      before
        .replace('- Status: open\n', '- Status: resolved\n')
        .replace('- Detected: 2026-11-22 02:10\n', '- Detected: 2026-11-22 02:10\n- Resolved: 2026-11-24 10:30\n')
        .replace(
          'Root cause, the fix, and the lesson.\n',
          'Root cause, the fix, and the lesson.\n\n### Resolution\n- Root cause: WAL on the root disk\n- Fix: Moved WAL to a volume\n- Lesson: Alert at 80%\n',
        ),
    );
  });

  it('setDecisionStatus changes the status line only', async () => {
    const before = readBytes();
    const line = api.journals.all[0].current?.journal.entries[1].line;
    await vscode.commands.executeCommand('sideProject.setDecisionStatus', { line, status: 'deprecated' });
    assert.equal(readBytes(), before.replace('- Status: accepted', '- Status: deprecated'));
    assert.deepEqual((await phaseEntries('design'))[0], [
      'Use PostgreSQL over SQLite',
      'deprecated · Nov 3',
      'entry.decision',
    ]);
  });

  it('setDecisionStatus superseded links both decisions', async () => {
    await vscode.commands.executeCommand('sideProject.logDecision', {
      title: 'Use SQLite after all',
      status: 'accepted',
    });
    const design = (await children(api)).find((n) => n.type === 'phase' && n.phase === 'design');
    assert.ok(design);
    const [oldDecision] = (await children(api, design)).filter(
      (n) => n.type === 'entry' && n.entry.kind === 'decision',
    );
    const replacement = api.journals.all[0].current?.journal.entries.at(-1);
    assert.ok(oldDecision && replacement);
    const before = readBytes();
    await vscode.commands.executeCommand('sideProject.setDecisionStatus', {
      line: oldDecision.type === 'entry' ? oldDecision.entry.line : -1,
      status: 'superseded',
      replacedByLine: replacement.line,
    });
    assert.equal(
      readBytes(),
      before
        .replace(
          '- Status: accepted\n- Options: PostgreSQL, SQLite\n',
          '- Status: superseded\n- Options: PostgreSQL, SQLite\n- Superseded by: 2026-11-24 Use SQLite after all\n',
        )
        .replace(
          '## 2026-11-24 10:30 Decision: Use SQLite after all\n- Status: accepted\n',
          '## 2026-11-24 10:30 Decision: Use SQLite after all\n- Status: accepted\n- Supersedes: 2026-11-03 Use PostgreSQL over SQLite\n',
        ),
    );
  });

  it('pause sets paused_until in the charter and nothing else', async () => {
    const before = readBytes();
    await vscode.commands.executeCommand('sideProject.pause', { until: '2026-12-24' });
    assert.equal(
      readBytes(),
      before.replace(
        '  - Three people use it for 30 days\n---',
        '  - Three people use it for 30 days\npaused_until: 2026-12-24\n---',
      ),
    );
  });

  it('openJournal reveals the entry line', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('sideProject.openJournal', { line: 23 });
    assert.ok(editor);
    assert.equal(editor.document.uri.fsPath, api.journals.all[0].uri.fsPath);
    assert.equal(editor.selection.active.line, 23);
  });

  it('Escape on the first question writes nothing', async () => {
    const before = readBytes();
    const running = vscode.commands.executeCommand('sideProject.logDecision');
    assert.deepEqual(await dismissUntilSettled(running, 'workbench.action.closeQuickOpen'), {
      written: false,
      message: 'cancelled',
    });
    assert.equal(readBytes(), before);
  });

  it('shows the phases with their state and the charter at a glance', async () => {
    const top = await childViews(api);
    assert.deepEqual(
      top.map((v) => [v.label, v.description]),
      [
        ['Run a Postgres-backed service end to end, backups included', undefined],
        ['Definition of done', '0 of 2 done'],
        ['Launched 12 days early', 'target Dec 2'],
        ['2 entries in 14 days', 'last 2 days ago'],
        ['Design', 'done · Nov 2 – Nov 20 · 19 days'],
        ['Build', 'skipped'],
        ['Deploy', 'skipped'],
        ['Operate', 'day 5 · since Nov 20'],
        ['Maintain', 'not reached'],
      ],
    );
    const nodes = await children(api);
    assert.deepEqual(view(api, nodes[4]).contextValue, 'phase.done');
    assert.deepEqual(view(api, nodes[7]).contextValue, 'phase.current');
  });
});
