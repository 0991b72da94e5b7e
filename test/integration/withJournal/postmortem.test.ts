// Resolve Incident's postmortem inside VS Code: the documented bytes from an argument object, the optional
// questions skipped by an empty answer, Escape writing nothing, and open action items in the tree, the
// status bar's tooltip and the dashboard, following a box ticked by hand.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../../src/extension';
import { at, childViews, children, journalSandbox, putJournal, readBytes } from '../helpers';
import { converse } from '../questions';

const OPEN = [
  '---',
  'project: pm',
  'started: 2026-11-01',
  'launched: 2026-11-01',
  '---',
  '',
  '## 2026-11-22 02:10 Incident: Database disk full',
  '- Severity: SEV-2',
  '- Status: open',
  '- Detected: 2026-11-22 02:10',
  '',
  'What happened.',
  '',
].join('\n');
const RESOLVED = OPEN.replace('- Status: open\n', '- Status: resolved\n').replace(
  '- Detected: 2026-11-22 02:10\n',
  '- Detected: 2026-11-22 02:10\n- Resolved: 2026-11-22 03:40\n',
);

describe('the postmortem on Resolve Incident', () => {
  const sandbox = journalSandbox({ journal: OPEN, time: at(2026, 11, 24, 10, 30) });
  let api: SideProjectApi;
  before(() => (api = sandbox.api));

  it('writes exactly the documented bytes from an argument object with every part', async () => {
    const result = await vscode.commands.executeCommand('sideProject.resolveIncident', {
      line: 6,
      rootCause: 'WAL files kept by a stuck replication slot',
      fix: 'Dropped the slot, vacuumed',
      lesson: 'Alert on disk use, not on errors',
      impact: 'Checks paused for 90 minutes for all 3 users',
      trigger: 'A replica removed without dropping its slot',
      detection: "A user's email",
      lucky: 'It happened on a weekend',
      actionItems: ['Alert at 80% disk', "Drop the slot in the replica's teardown"],
      resolved: '2026-11-22 03:40',
    });
    assert.deepEqual(result, { written: true });
    const section = [
      '### Resolution',
      '- Root cause: WAL files kept by a stuck replication slot',
      '- Fix: Dropped the slot, vacuumed',
      '- Lesson: Alert on disk use, not on errors',
      '- Impact: Checks paused for 90 minutes for all 3 users',
      '- Trigger: A replica removed without dropping its slot',
      "- Detection: A user's email",
      '- Where we got lucky: It happened on a weekend',
      '',
      '### Action items',
      '- [ ] Alert at 80% disk',
      "- [ ] Drop the slot in the replica's teardown",
    ].join('\n');
    assert.equal(readBytes(), RESOLVED.replace('What happened.\n', `What happened.\n\n${section}\n`));
  });

  it('asks every step; empty answers skip the optional ones and write the same bytes as before them', async () => {
    const answers: Record<string, string> = { 'Root cause': 'A stuck slot', Fix: 'Dropped it' };
    const talk = await converse(api, 'sideProject.resolveIncident', [{ line: 6 }], (q) => {
      if (q.prompt.startsWith('Resolved at')) return { type: '2026-11-22 03:40' };
      return answers[q.prompt] !== undefined ? { type: answers[q.prompt] } : 'accept';
    });
    assert.deepEqual(talk.result, { written: true });
    assert.deepEqual(
      talk.asked.map((a) => a.replace('Resolve: Database disk full ', '')),
      [
        '1/9: Root cause',
        '2/9: Fix',
        '3/9: Lesson (optional)',
        '4/9: Impact (optional)',
        '5/9: Trigger (optional)',
        '6/9: Detection (optional)',
        '7/9: Where you got lucky (optional)',
        '8/9: Action items (optional)',
        '9/9: Resolved at (YYYY-MM-DD HH:mm)',
      ],
    );
    assert.equal(
      readBytes(),
      RESOLVED.replace(
        'What happened.\n',
        'What happened.\n\n### Resolution\n- Root cause: A stuck slot\n- Fix: Dropped it\n',
      ),
    );
  });

  it('Escape on an optional step writes nothing', async () => {
    const before = readBytes();
    const talk = await converse(api, 'sideProject.resolveIncident', [{ line: 6 }], (q) =>
      q.prompt.startsWith('Trigger')
        ? 'escape'
        : q.prompt.startsWith('Root') || q.prompt === 'Fix'
          ? { type: 'x' }
          : 'accept',
    );
    assert.deepEqual(talk.result, { written: false, message: 'cancelled' });
    assert.equal(readBytes(), before);
  });

  it('counts open action items on the incident, its phase, the status bar tooltip and the dashboard; a tick by hand too', async () => {
    const withItems = (first: string) =>
      RESOLVED.replace(
        'What happened.\n',
        `What happened.\n\n### Action items\n- [${first}] Alert at 80%\n- [ ] Drop the slot\n`,
      );
    await putJournal(api, withItems(' '));
    const operate = async () => {
      const node = (await children(api)).find((n) => n.type === 'phase' && n.phase === 'operate');
      assert.ok(node);
      const phase = (await childViews(api)).find((v) => v.label === 'Operate');
      return { phase: phase?.description, incident: (await childViews(api, node))[0].description };
    };
    assert.deepEqual(await operate(), {
      phase: 'day 24 · since Nov 1 · 2 to do',
      incident: 'resolved · 2 to do · Nov 22',
    });
    assert.match(String(api.statusBar.item.tooltip), /\n2 open action items\n/);
    await vscode.commands.executeCommand('sideProject.showDashboard');
    assert.match(api.dashboards.html(api.journals.all[0]) ?? '', /1 resolved · [^<]*2 open action items/);
    await putJournal(api, withItems('x'));
    assert.deepEqual(await operate(), {
      phase: 'day 24 · since Nov 1 · 1 to do',
      incident: 'resolved · 1 to do · Nov 22',
    });
    assert.match(String(api.statusBar.item.tooltip), /\n1 open action item\n/);
    assert.match(api.dashboards.html(api.journals.all[0]) ?? '', /1 open action item/);
  });
});
