// The Deploy entry kind: read, written and edited by the rules every kind keeps (docs/journal-format.md,
// "Deploys"), with properties over generated deploys like those of properties.test.ts.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import {
  appendEntry,
  applyEdits,
  deployStatus,
  entryRow,
  InvalidEntryError,
  isFailedDeploy,
  metadataValue,
  parseJournal,
  renderEntry,
  setDeployStatus,
  DEPLOY_STATUSES,
  type EntryDraft,
} from '../../../src/core';

const JOURNAL = ['---', 'project: demo', 'started: 2026-11-02', '---', '', '# demo', ''].join('\n');

describe('the Deploy entry kind', () => {
  it('reads `Deploy:` in any case, with its status, commit and environment', () => {
    const text =
      JOURNAL +
      [
        '## 2026-11-24 21:40 Deploy: v0.4, the checker in Go',
        '- Status: succeeded',
        '- Commit: 3f9c2a17b0de',
        '- Environment: production',
        '',
        '## 2026-11-25 deploy: hotfix',
        '',
      ].join('\n');
    const journal = parseJournal(text);
    assert.deepEqual(journal.diagnostics, []);
    const [first, second] = journal.entries;
    assert.deepEqual([first.kind, first.title, first.time], ['deploy', 'v0.4, the checker in Go', '21:40']);
    assert.equal(metadataValue(first, 'commit'), '3f9c2a17b0de');
    assert.equal(metadataValue(first, 'environment'), 'production');
    assert.equal(second.kind, 'deploy');
    assert.equal(deployStatus(second), 'succeeded', 'a deploy without a status succeeded');
  });

  it('warns about an unknown status or a commit that is no hash, and counts failed and rolled-back as failures', () => {
    const text =
      JOURNAL +
      [
        '## 2026-11-24 Deploy: a',
        '- Status: exploded',
        '- Commit: main',
        '',
        '## 2026-11-24 Deploy: b',
        '- Status: Rolled-Back',
        '',
        '## 2026-11-24 Deploy: c',
        '- Status: failed',
      ].join('\n');
    const journal = parseJournal(text);
    assert.deepEqual(
      journal.diagnostics.map((d) => [d.line, d.severity]),
      [
        [7, 'warning'],
        [8, 'warning'],
      ],
    );
    assert.match(journal.diagnostics[0].message, /succeeded, failed, rolled-back; "exploded"/);
    assert.match(journal.diagnostics[1].message, /"main" is not/);
    assert.deepEqual(
      journal.entries.map((e) => isFailedDeploy(e)),
      [false, true, true],
    );
  });

  it('is written as documented: heading, Status, Commit, Environment, then the body', () => {
    const draft: EntryDraft = {
      kind: 'deploy',
      date: '2026-11-24',
      time: '21:40',
      title: 'v0.4',
      metadata: [
        ['Status', 'succeeded'],
        ['Commit', '3f9c2a17b0de'],
        ['Environment', 'production'],
      ],
      body: 'Rolled out by hand.',
    };
    assert.deepEqual(renderEntry(draft), [
      '## 2026-11-24 21:40 Deploy: v0.4',
      '- Status: succeeded',
      '- Commit: 3f9c2a17b0de',
      '- Environment: production',
      '',
      'Rolled out by hand.',
    ]);
  });

  it('a later status change is one metadata line, added or replaced, and refuses other kinds', () => {
    const text = JOURNAL + '## 2026-11-24 Deploy: v1\n- commit: abcd1234\n\nbody\n\n## 2026-11-25 Note: after\n';
    const journal = parseJournal(text);
    const [deploy, note] = journal.entries;
    const added = applyEdits(text, setDeployStatus(text, journal, deploy, 'rolled-back'));
    assert.equal(added, text.replace('- commit: abcd1234\n', '- commit: abcd1234\n- Status: rolled-back\n'));
    const again = parseJournal(added);
    const replaced = applyEdits(added, setDeployStatus(added, again, again.entries[0], 'failed'));
    assert.equal(replaced, text.replace('- commit: abcd1234\n', '- commit: abcd1234\n- Status: failed\n'));
    assert.throws(() => setDeployStatus(text, journal, note, 'failed'), InvalidEntryError);
  });

  it('shows its status first in the tree, its environment and commit in the tooltip', () => {
    const text =
      JOURNAL + '## 2026-11-24 21:40 Deploy: v1\n- Status: failed\n- Commit: abcd1234\n- Environment: staging\n';
    const row = entryRow(parseJournal(text).entries[0], '2026-11-25');
    assert.equal(row.description, 'failed · Nov 24');
    assert.equal(row.tooltip, 'v1\nDeploy · failed · staging · abcd1234 · 2026-11-24 21:40');
  });
});

describe('Deploy entry properties', () => {
  const SEED = 20261124;
  const title = fc.string({ maxLength: 30 });
  const deployArb = fc.record({
    date: fc.constantFrom('2026-01-01', '2026-03-29', '2026-10-25', '2026-12-31'),
    time: fc.option(fc.constantFrom('00:00', '02:30', '23:59'), { nil: undefined }),
    title,
    status: fc.constantFrom(...DEPLOY_STATUSES),
    commit: fc.option(fc.stringMatching(/^[0-9a-f]{4,40}$/), { nil: undefined }),
    environment: fc.option(title, { nil: undefined }),
    body: fc.option(fc.string({ maxLength: 80 }), { nil: undefined }),
  });
  const prefixArb = fc.constantFrom(JOURNAL, JOURNAL.replace(/\n/g, '\r\n'), '\uFEFF' + JOURNAL.slice(0, -1), '');
  const draftOf = (d: typeof deployArb extends fc.Arbitrary<infer T> ? T : never): EntryDraft => ({
    kind: 'deploy',
    date: d.date,
    time: d.time,
    title: d.title,
    metadata: [
      ['Status', d.status],
      ...(d.commit ? [['Commit', d.commit] as const] : []),
      ...(d.environment !== undefined ? [['Environment', d.environment] as const] : []),
    ],
    body: d.body,
  });

  it('appending a deploy leaves the old text as a prefix and reads back as written', () => {
    fc.assert(
      fc.property(prefixArb, deployArb, (prefix, d) => {
        const added = appendEntry(prefix, draftOf(d));
        const after = parseJournal(prefix + added);
        const last = after.entries[after.entries.length - 1];
        assert.equal(last.kind, 'deploy');
        assert.equal(last.date, d.date);
        assert.equal(deployStatus(last), d.status);
        assert.equal(metadataValue(last, 'commit'), d.commit);
        assert.equal(after.entries.length, parseJournal(prefix).entries.length + 1);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('a status change touches no byte outside the deploy, and the rest of it reads as before', () => {
    fc.assert(
      fc.property(prefixArb, fc.array(deployArb, { minLength: 1, maxLength: 4 }), fc.nat(), fc.nat(), (p, ds, i, s) => {
        let text = p;
        for (const d of ds) text += appendEntry(text, draftOf(d));
        const journal = parseJournal(text);
        const entry = journal.entries.filter((e) => e.kind === 'deploy')[i % ds.length];
        const status = DEPLOY_STATUSES[s % DEPLOY_STATUSES.length];
        const after = applyEdits(text, setDeployStatus(text, journal, entry, status));
        assert.equal(after.slice(0, entry.start), text.slice(0, entry.start));
        assert.ok(after.endsWith(text.slice(entry.end)));
        const reread = parseJournal(after);
        const edited = reread.entries[journal.entries.indexOf(entry)];
        assert.equal(deployStatus(edited), status);
        assert.equal(metadataValue(edited, 'commit'), metadataValue(entry, 'commit'));
        assert.equal(edited.title, entry.title);
        assert.equal(reread.entries.length, journal.entries.length);
      }),
      { seed: SEED + 1, numRuns: 500 },
    );
  });
});
