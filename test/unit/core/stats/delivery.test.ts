// The four key delivery metrics on hand-built journals and commit lists with known answers, in the time zone
// the unit tests run in (Europe/Berlin, with DST: see test/unit/setup.ts), and each DORA band's boundaries.
import * as assert from 'node:assert/strict';
import {
  changeFailureBand,
  deliveryMetrics,
  deliveryRows,
  frequencyBand,
  journalStats,
  leadTimeBand,
  median,
  momentum,
  parseJournal,
  timeToRestoreBand,
  type CommitInfo,
  type GitHistory,
} from '../../../../src/core';

const HEAD = '---\nproject: p\nstarted: 2026-01-05\n---\n\n# p\n\n';
const journal = (...entries: string[]) => parseJournal(HEAD + entries.join('\n\n') + '\n');
const deploy = (when: string, title: string, meta: string[] = []) =>
  [`## ${when} Deploy: ${title}`, ...meta].join('\n');
/** A local time as ms: the commits' times are instants, read in the test's own time zone. */
const local = (y: number, mo: number, d: number, h = 12, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
const sha = (n: number) => n.toString(16).padStart(4, '0').repeat(10);
/** A linear history, oldest first in the arguments, newest first in the result (as git log gives it). */
function linear(...authorTimes: number[]): CommitInfo[] {
  return authorTimes
    .map((t, i) => ({ sha: sha(i + 1), authorTime: t, commitTime: t, parents: i === 0 ? [] : [sha(i)] }))
    .reverse();
}
const history = (commits: CommitInfo[], deployTags: GitHistory['deployTags'] = []): GitHistory => ({
  commits,
  deployTags,
});

describe('delivery metrics', () => {
  it('with no deploys: every deploy figure unknown, and said so', () => {
    const d = deliveryMetrics(journal('## 2026-01-05 10:00 Note: start'), '2026-02-01');
    assert.equal(d.deploys.length, 0);
    assert.equal(d.perWeekOverall, undefined);
    assert.equal(d.frequencyBand, undefined);
    assert.equal(d.leadTimeMinutes, undefined);
    assert.equal(d.changeFailureRate, undefined);
    assert.equal(d.timeToRestoreMinutes, undefined);
    assert.deepEqual(
      deliveryRows(d).map((r) => r.value),
      [
        'No deploys yet',
        'Unknown: it needs git, and deploys that name their commit (or a deploy tag)',
        'No deploys yet',
        'No resolved incidents yet',
      ],
    );
  });

  it('deploys without commits: counted per week over the last 4 weeks and overall, lead time unknown', () => {
    // 2026-01-05 (a Monday) to 2026-02-01: 28 days, 4 weeks. Three deploys in them, one after today.
    const j = journal(
      deploy('2026-01-06 10:00', 'v1'),
      deploy('2026-01-20 10:00', 'v2'),
      deploy('2026-01-27 10:00', 'v3'),
      deploy('2026-02-02 10:00', 'tomorrow'),
    );
    const d = deliveryMetrics(j, '2026-02-01', history(linear(local(2026, 1, 5))));
    assert.equal(d.deploys.length, 3);
    assert.equal(d.deploysLast4Weeks, 3);
    assert.equal(d.perWeekLast4Weeks, 0.75);
    assert.equal(d.perWeekOverall, 0.75);
    assert.equal(d.frequencyBand, 'high');
    assert.equal(d.leadTimeMinutes, undefined, 'no deploy names a commit: never guessed');
    assert.equal(d.leadTimeCommits, 0);
    assert.deepEqual(
      d.weeks.slice(-4).map((w) => [w.start, w.deploys]),
      [
        ['2026-01-05', 1],
        ['2026-01-12', 0],
        ['2026-01-19', 1],
        ['2026-01-26', 1],
      ],
    );
  });

  it('lead time: the median from each commit to the first successful deploy that shipped it', () => {
    // Commits 1-3 on Jan 10 09:00, 10:00, 11:00; v1 at 12:00 ships 1 and 2 (its commit is 2): 3 h, 2 h.
    // The failed v2 ships nothing; v3 on Jan 11 12:00 ships 3: 25 h. Median of 2, 3, 25 h: 3 h.
    const commits = linear(local(2026, 1, 10, 9), local(2026, 1, 10, 10), local(2026, 1, 10, 11));
    const j = journal(
      deploy('2026-01-10 12:00', 'v1', [`- Commit: ${sha(2).slice(0, 12)}`]),
      deploy('2026-01-10 18:00', 'v2', ['- Status: failed', `- Commit: ${sha(3).slice(0, 7)}`]),
      deploy('2026-01-11 12:00', 'v3', [`- Commit: ${sha(3)}`]),
    );
    const d = deliveryMetrics(j, '2026-01-12', history(commits));
    assert.equal(d.leadTimeCommits, 3);
    assert.equal(d.leadTimeMinutes, 180);
    assert.equal(d.leadTimeBand, 'high');
    assert.equal(d.deploys[0].commit, sha(2), 'a prefix is resolved to the full hash');
  });

  it('lead time follows merges through their parents, and a deploy tag counts as a deploy of its commit', () => {
    // a <- b (branch) and a <- c, merged as m; the tag deploy-1 on m ships a, b, c and m.
    const t = local(2026, 1, 10, 8);
    const c = (s: string, minutes: number, parents: string[]): CommitInfo => ({
      sha: s.repeat(40),
      authorTime: t + minutes * 60_000,
      commitTime: t + minutes * 60_000,
      parents: parents.map((p) => p.repeat(40)),
    });
    const commits = [c('d', 240, ['a', 'b']), c('c', 120, ['a']), c('b', 60, ['a']), c('a', 0, [])];
    // The merge is committed at 12:00 and the tag dates the deploy there: a 4 h, b 3 h, d 0; median 3 h.
    const d = deliveryMetrics(journal(), '2026-01-12', history(commits, [{ name: 'deploy-1', sha: 'd'.repeat(40) }]));
    assert.equal(d.deploys.length, 1);
    assert.equal(d.deploys[0].tag, 'deploy-1');
    assert.equal(d.leadTimeCommits, 3, 'c is not in d: only a, b and d are shipped by it');
    assert.equal(d.leadTimeMinutes, 180);
  });

  it('a tag on a commit a Deploy entry names is that deploy, not a second one', () => {
    const commits = linear(local(2026, 1, 10, 9));
    const j = journal(deploy('2026-01-10 12:00', 'v1', [`- Commit: ${sha(1).slice(0, 8)}`]));
    const d = deliveryMetrics(j, '2026-01-12', history(commits, [{ name: 'deploy-1', sha: sha(1) }]));
    assert.deepEqual(
      d.deploys.map((x) => x.title),
      ['v1'],
    );
  });

  it('change failure rate: failed and rolled-back deploys, and those an incident names by commit or title', () => {
    const j = journal(
      deploy('2026-01-06 10:00', 'v1'),
      deploy('2026-01-07 10:00', 'v2', ['- Status: failed']),
      deploy('2026-01-08 10:00', 'v3', ['- Status: rolled-back']),
      deploy('2026-01-09 10:00', 'v4', ['- Commit: abcdef123456']),
      deploy('2026-01-10 10:00', 'Checker in Go'),
      deploy('2026-01-11 10:00', 'v6'),
      deploy('2026-01-12 10:00', 'v7'),
      deploy('2026-01-13 10:00', 'v8'),
      '## 2026-01-09 11:00 Incident: 500s\n- Deploy: ABCDEF1',
      '## 2026-01-10 11:00 Incident: timeouts\n- Deploy: checker in go',
    );
    const d = deliveryMetrics(j, '2026-01-20');
    assert.equal(d.failedDeploys, 4);
    assert.equal(d.changeFailureRate, 0.5);
    assert.equal(d.changeFailureBand, 'low');
    assert.deepEqual(
      d.deploys.filter((x) => x.failed).map((x) => x.title),
      ['v2', 'v3', 'v4', 'Checker in Go'],
    );
    assert.equal(deliveryRows(d)[2].value, '50%: 4 of 8 deploys failed, rolled back or caused an incident');
  });

  it('time to restore: the median from detected to resolved over the resolved incidents', () => {
    const incident = (day: string, detected: string, resolved?: string) =>
      [
        `## ${day} Incident: down`,
        `- Status: ${resolved ? 'resolved' : 'open'}`,
        `- Detected: ${detected}`,
        ...(resolved ? [`- Resolved: ${resolved}`] : []),
      ].join('\n');
    const j = journal(
      incident('2026-01-06', '2026-01-06 10:00', '2026-01-06 10:30'),
      incident('2026-01-07', '2026-01-07 10:00', '2026-01-07 12:00'),
      incident('2026-01-08', '2026-01-08 10:00', '2026-01-09 10:00'),
      incident('2026-01-09', '2026-01-09 10:00'),
    );
    const d = deliveryMetrics(j, '2026-01-20');
    assert.equal(d.restoredIncidents, 3);
    assert.equal(d.timeToRestoreMinutes, 120);
    assert.equal(d.timeToRestoreBand, 'high');
  });

  it('counts real time across DST nights: spring forward and fall back', () => {
    // Europe/Berlin: 2026-03-29 02:00 -> 03:00, 2026-10-25 03:00 -> 02:00.
    const spring = linear(local(2026, 3, 29, 1, 30));
    const springDeploy = journal(deploy('2026-03-29 03:30', 'v1', [`- Commit: ${sha(1)}`]));
    assert.equal(deliveryMetrics(springDeploy, '2026-03-30', history(spring)).leadTimeMinutes, 60);
    const fall = linear(local(2026, 10, 25, 1, 30));
    const fallDeploy = journal(deploy('2026-10-25 03:30', 'v1', [`- Commit: ${sha(1)}`]));
    assert.equal(deliveryMetrics(fallDeploy, '2026-10-26', history(fall)).leadTimeMinutes, 180);
    const restore = journal(
      '## 2026-03-29 01:30 Incident: down\n- Status: resolved\n- Detected: 2026-03-29 01:30\n- Resolved: 2026-03-29 03:30',
    );
    assert.equal(deliveryMetrics(restore, '2026-03-30').timeToRestoreMinutes, 60);
  });

  it('the median of an even count is the mean of the middle two', () => {
    assert.equal(median([]), undefined);
    assert.equal(median([5]), 5);
    assert.equal(median([40, 10, 30, 20]), 25);
  });
});

describe('DORA bands, at each boundary', () => {
  it('deployment frequency: daily on average is elite, one in 4 weeks high, one in 26 weeks medium', () => {
    assert.equal(frequencyBand(0, undefined), undefined);
    assert.equal(frequencyBand(28, 0), 'elite');
    assert.equal(frequencyBand(27, 0), 'high');
    assert.equal(frequencyBand(1, 27), 'high');
    assert.equal(frequencyBand(0, 28), 'medium');
    assert.equal(frequencyBand(0, 181), 'medium');
    assert.equal(frequencyBand(0, 182), 'low');
  });

  it('lead time: under an hour elite, under a week high, under six months medium', () => {
    assert.equal(leadTimeBand(undefined), undefined);
    assert.equal(leadTimeBand(59.9), 'elite');
    assert.equal(leadTimeBand(60), 'high');
    assert.equal(leadTimeBand(7 * 24 * 60 - 1), 'high');
    assert.equal(leadTimeBand(7 * 24 * 60), 'medium');
    assert.equal(leadTimeBand(182 * 24 * 60 - 1), 'medium');
    assert.equal(leadTimeBand(182 * 24 * 60), 'low');
  });

  it('change failure rate: up to 15% elite, 30% high, 45% medium', () => {
    assert.equal(changeFailureBand(undefined), undefined);
    assert.equal(changeFailureBand(0), 'elite');
    assert.equal(changeFailureBand(3 / 20), 'elite');
    assert.equal(changeFailureBand(0.1501), 'high');
    assert.equal(changeFailureBand(0.3), 'high');
    assert.equal(changeFailureBand(0.3001), 'medium');
    assert.equal(changeFailureBand(9 / 20), 'medium');
    assert.equal(changeFailureBand(0.4501), 'low');
    assert.equal(changeFailureBand(1), 'low');
  });

  it('time to restore: under an hour elite, under a day high, under a week medium', () => {
    assert.equal(timeToRestoreBand(undefined), undefined);
    assert.equal(timeToRestoreBand(59), 'elite');
    assert.equal(timeToRestoreBand(60), 'high');
    assert.equal(timeToRestoreBand(24 * 60 - 1), 'high');
    assert.equal(timeToRestoreBand(24 * 60), 'medium');
    assert.equal(timeToRestoreBand(7 * 24 * 60 - 1), 'medium');
    assert.equal(timeToRestoreBand(7 * 24 * 60), 'low');
  });
});

describe('commit days as activity', () => {
  const quiet = journal('## 2026-01-05 10:00 Note: start');

  it('a project that commits but logs nothing is not quiet, and its weeks show entries and commit days', () => {
    const commits = linear(local(2026, 1, 20, 9), local(2026, 1, 20, 22), local(2026, 1, 28, 23, 59));
    const noGit = journalStats(quiet, '2026-02-01').momentum;
    assert.equal(noGit.stale, true);
    const withGit = journalStats(quiet, '2026-02-01', undefined, history(commits)).momentum;
    assert.equal(withGit.stale, false);
    assert.equal(withGit.drop, false);
    assert.equal(withGit.lastCommitOn, '2026-01-28');
    assert.equal(withGit.daysSinceLastActivity, 4);
    assert.equal(withGit.recentCommitDays, 2);
    assert.deepEqual(
      withGit.weeks.map((w) => [w.start, w.count, w.commitDays]),
      [
        ['2026-01-05', 1, 0],
        ['2026-01-12', 0, 0],
        ['2026-01-19', 0, 1],
        ['2026-01-26', 0, 1],
      ],
    );
  });

  it('names the quiet spell by the last active day, and does not count commits when told not to', () => {
    const commits = linear(local(2026, 1, 10));
    const m = momentum(quiet, '2026-02-01', undefined, ['2026-01-10']);
    assert.equal(m.spell, 'quiet-since:2026-01-10');
    const off = journalStats(quiet, '2026-02-01', { ...DEFAULTS, countCommits: false }, history(commits)).momentum;
    assert.equal(off.spell, 'quiet-since:2026-01-05');
    assert.equal(off.lastCommitOn, undefined);
  });

  it('a commit late on a DST night is on its local day', () => {
    const commits = linear(local(2026, 3, 29, 23, 59), local(2026, 3, 29, 1, 59));
    assert.equal(journalStats(quiet, '2026-03-30', undefined, history(commits)).momentum.lastCommitOn, '2026-03-29');
  });
});

const DEFAULTS = {
  nudgeAfterDays: 14,
  windowDays: 14,
  dropRatio: 0.25,
  minBestCount: 4,
  launchTargetDays: 30,
  countCommits: true,
};
