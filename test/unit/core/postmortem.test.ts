// Resolve Incident's postmortem (docs/journal-format.md, "Postmortems"): the exact bytes with every answer,
// the bytes of before with only the required ones, and the open action items counted wherever they show.
import * as assert from 'node:assert/strict';
import {
  applyEdits,
  entryRow,
  journalStats,
  parseJournal,
  resolveIncident,
  statusBarView,
  type Resolution,
} from '../../../src/core';

const INCIDENT = [
  '## 2026-11-22 02:10 Incident: Database disk full',
  '- Severity: SEV-2',
  '- Status: open',
  '- Detected: 2026-11-22 02:10',
  '',
  'What happened.',
  '',
  '## 2026-11-23 09:00 Note: after',
  '',
].join('\n');

const resolvedHead = INCIDENT.replace('- Status: open\n', '- Status: resolved\n').replace(
  '- Detected: 2026-11-22 02:10\n',
  '- Detected: 2026-11-22 02:10\n- Resolved: 2026-11-22 03:40\n',
);

function resolve(text: string, resolution: Omit<Resolution, 'date' | 'time'>): string {
  const journal = parseJournal(text);
  const edits = resolveIncident(text, journal, journal.entries[0], {
    date: '2026-11-22',
    time: '03:40',
    ...resolution,
  });
  return applyEdits(text, edits);
}

describe('the postmortem on Resolve Incident', () => {
  it('with every answer, writes exactly the documented bytes', () => {
    const after = resolve(INCIDENT, {
      rootCause: 'WAL files kept by a stuck replication slot',
      fix: 'Dropped the slot, vacuumed',
      lesson: 'Alert on disk use, not on errors',
      impact: 'Checks paused for 90 minutes for all 3 users',
      trigger: 'A replica removed without dropping its slot',
      detection: "A user's email",
      lucky: 'It happened on a weekend',
      actionItems: ['Alert at 80% disk', "Drop the slot in the replica's teardown"],
    });
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
    assert.equal(after, resolvedHead.replace('What happened.\n', `What happened.\n\n${section}\n`));
  });

  it('with only the required answers (empty optional ones included), writes the same bytes as before them', () => {
    const before = resolvedHead.replace(
      'What happened.\n',
      'What happened.\n\n### Resolution\n- Root cause: A stuck slot\n- Fix: Dropped it\n',
    );
    assert.equal(resolve(INCIDENT, { rootCause: 'A stuck slot', fix: 'Dropped it' }), before);
    const empties = { impact: '', trigger: ' ', detection: '', lucky: '', actionItems: ['', '  '] };
    assert.equal(resolve(INCIDENT, { rootCause: 'A stuck slot', fix: 'Dropped it', ...empties }), before);
  });

  it('action items alone still get their heading, and read back as open', () => {
    const after = resolve(INCIDENT, { actionItems: ['Alert at 80% disk'] });
    assert.ok(after.includes('What happened.\n\n### Action items\n- [ ] Alert at 80% disk\n\n## 2026-11-23'));
    assert.deepEqual(parseJournal(after).entries[0].actionItems, { open: 1, done: 0 });
  });
});

describe('open action items', () => {
  const text = (items: string) =>
    `---\nproject: p\nstarted: 2026-11-01\n---\n\n${INCIDENT.replace('What happened.\n', `What happened.\n\n${items}\n`)}`;

  it('counts `- [ ]` and `* [ ]` as open and `[x]`/`[X]` as done, only under the Action items heading', () => {
    const journal = parseJournal(
      text(
        [
          '- [ ] not under the heading',
          '### Action Items',
          '- [ ] one',
          '* [ ] two',
          '- [x] done',
          '- [X] done too',
          '- [ ]not a task',
          '```',
          '- [ ] in a code block',
          '```',
          '### Notes',
          '- [ ] under another heading',
        ].join('\n'),
      ),
    );
    assert.deepEqual(journal.entries[0].actionItems, { open: 2, done: 2 });
    assert.equal(journal.entries[1].actionItems, undefined, 'a note has none');
  });

  it('a box ticked by hand counts as done; the tree row, the stats and the status bar tooltip follow', () => {
    const open = parseJournal(text('### Action items\n- [ ] one\n- [ ] two'));
    const ticked = parseJournal(text('### Action items\n- [x] one\n- [ ] two'));
    const row = (j: typeof open) => entryRow(j.entries[0], '2026-11-24');
    assert.equal(row(open).description, 'open · SEV-2 · 2 to do · Nov 22');
    assert.match(row(open).tooltip, /open · SEV-2 · 2 open action items · 2026-11-22 02:10/);
    assert.equal(row(ticked).description, 'open · SEV-2 · 1 to do · Nov 22');
    const stats = journalStats(ticked, '2026-11-24');
    assert.equal(stats.incidents.openActionItems, 1);
    assert.match(statusBarView(stats, ticked.charter).tooltip, /\n1 open action item\n/);
    const none = journalStats(parseJournal(text('### Action items\n- [x] one')), '2026-11-24');
    assert.doesNotMatch(statusBarView(none, {}).tooltip, /action item/);
  });
});
