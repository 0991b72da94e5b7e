import * as assert from 'node:assert/strict';
import {
  entryRow,
  entryTitle,
  glanceRows,
  journalStats,
  launchCelebration,
  lifecycle,
  milestoneText,
  momentumText,
  parseJournal,
  phaseDescription,
  sanitizeTitle,
  shortDay,
  statusBarView,
} from '../../../../src/core';

const charter = '---\nproject: uptime-bot\nstarted: 2026-11-02\nlaunch_target: 2026-12-02\n---\n';
const build = `${charter}## 2026-11-02 Phase: design\n## 2026-11-10 Phase: build\n`;
const launched = `${build}## 2026-11-20 Launch: live\n`;
const incident = `${launched}## 2026-11-23 Incident: disk\n- Status: open\n`;

const bar = (text: string, today: string) => {
  const journal = parseJournal(text);
  return statusBarView(journalStats(journal, today), journal.charter);
};
const glance = (text: string, today: string) => {
  const journal = parseJournal(text);
  return glanceRows(journal.charter, journalStats(journal, today)).map((r) => [r.label, r.description]);
};

describe('the words the views show', () => {
  it('status bar before launch: phase and day; the target in the tooltip', () => {
    assert.deepEqual(bar(build, '2026-11-14'), {
      text: '$(milestone) Build · day 5',
      tooltip:
        'Side Project: uptime-bot\nBuild phase, day 5\n18 days left to the launch target (Dec 2)\nClick to open the dashboard',
      accessibleLabel: 'Build phase, day 5',
    });
    assert.match(bar(build, '2026-12-02').tooltip, /The launch target is today \(Dec 2\)/);
    assert.match(bar(build, '2026-12-04').tooltip, /The launch target \(Dec 2\) passed 2 days ago/);
  });

  it('status bar after launch, with an open incident, and when quiet', () => {
    assert.equal(bar(launched, '2026-11-20').text, '$(rocket) 1 day in production');
    const busy = bar(incident, '2026-11-24');
    assert.equal(busy.text, '$(rocket) 5 days in production  $(flame) 1');
    assert.equal(busy.accessibleLabel, '5 days in production, 1 open incident');
    assert.match(busy.tooltip, /Launched 12 days before the target \(Dec 2\)/);
    const quiet = bar(incident, '2026-12-07');
    assert.equal(quiet.text, '$(rocket) 18 days in production  $(flame) 1  $(watch)');
    assert.match(quiet.tooltip, /Quiet: no entry for 14 days/);
  });

  it('status bar while paused: a pause marker, and until when in the tooltip and the spoken label', () => {
    const paused = bar(
      incident.replace('launch_target: 2026-12-02\n', 'launch_target: 2026-12-02\npaused_until: 2026-12-14\n'),
      '2026-12-07',
    );
    assert.equal(paused.text, '$(rocket) 18 days in production  $(flame) 1  $(debug-pause)');
    assert.match(paused.tooltip, /\nPaused until Dec 14: no nudges until then\n/);
    assert.equal(paused.accessibleLabel, '18 days in production, 1 open incident, paused until dec 14');
    assert.ok(!/Quiet/.test(paused.tooltip), 'a paused project is not called quiet');
  });

  it('status bar tooltip: the next step, right under the phase', () => {
    const next = bar(
      build.replace('launch_target: 2026-12-02\n', 'launch_target: 2026-12-02\nnext_step: Write the backup script\n'),
      '2026-11-14',
    );
    assert.equal(next.tooltip.split('\n')[2], 'Next: Write the backup script');
  });

  it('at a glance: the key fact first, in few words, the day beside it', () => {
    assert.deepEqual(glance(build, '2026-11-14'), [
      ['No learning goal yet', undefined],
      ['18 days left', 'target Dec 2'],
      ['2 entries in 14 days', 'last 4 days ago'],
    ]);
    assert.deepEqual(glance(build, '2026-12-02')[1], ['Launch target today', 'target Dec 2']);
    assert.deepEqual(glance(build, '2026-12-05')[1], ['3 days past target', 'target Dec 2']);
    assert.deepEqual(glance(incident, '2026-11-24').slice(1), [
      ['Launched 12 days early', 'target Dec 2'],
      ['2 entries in 14 days', 'last yesterday'],
    ]);
    assert.deepEqual(glance(launched.replace('2026-11-20 Launch', '2026-12-04 Launch'), '2026-12-05')[1], [
      'Launched 2 days late',
      'target Dec 2',
    ]);
    assert.deepEqual(glance(incident, '2026-12-07')[2], ['Quiet for 14 days', 'last entry Nov 23']);
  });

  it('at a glance: the next step first, with the pause in the momentum row', () => {
    const text = `${charter.replace('---\n', '---\nnext_step: Write the backup script\npaused_until: 2026-12-14\nlearning_goal: Run Postgres\ndefinition_of_done:\n  - TLS\n')}## 2026-11-02 Phase: design\n`;
    const journal = parseJournal(text);
    const rows = glanceRows(journal.charter, journalStats(journal, '2026-11-24'));
    assert.deepEqual(
      rows.map((r) => [r.key, r.label, r.description, r.icon]),
      [
        ['next', 'Next: Write the backup script', undefined, 'arrow-right'],
        ['goal', 'Run Postgres', undefined, 'mortar-board'],
        ['done', 'Definition of done', '0 of 1 done', 'checklist'],
        ['target', '8 days left', 'target Dec 2', 'calendar'],
        ['momentum', 'Paused until Dec 14', 'last entry Nov 2', 'debug-pause'],
      ],
    );
    assert.equal(rows[2].tooltip, 'Definition of done:\n- [ ] TLS');
    assert.match(rows[4].tooltip, /^Momentum: paused: no nudges until then\./);
  });

  it('entry rows: an escaped title unescaped, the key facts before the day, status and severity in the tooltip', () => {
    const title = sanitizeTitle('Support C# ###');
    assert.equal(title, 'Support C# \\###', 'the title as the journal stores it');
    const journal = parseJournal(
      `## 2026-11-20 10:02 Incident: ${title}\n- Severity: SEV-1\n- Status: open\n\nThe API answered 500.\n## 2026-11-21 Incident: Disk full\n- Severity: SEV-2\n- Status: resolved\n## 2026-11-22 Decision: Use Caddy ##\n- Status: proposed\n## 2026-11-23 Phase: build \\#\n`,
    );
    const [open, resolved, decision, phase] = journal.entries;
    assert.equal(entryTitle(open), 'Support C# ###');
    assert.deepEqual(entryRow(open, '2026-11-24', 'The API answered 500.'), {
      label: 'Support C# ###',
      description: 'open · SEV-1 · Nov 20',
      tooltip: 'Support C# ###\nIncident · open · SEV-1 · 2026-11-20 10:02\n\nThe API answered 500.',
      open: true,
    });
    assert.deepEqual(
      [
        entryRow(resolved, '2026-11-24').description,
        entryRow(resolved, '2026-11-24').tooltip,
        entryRow(resolved, '2026-11-24').open,
      ],
      ['resolved · Nov 21', 'Disk full\nIncident · resolved · SEV-2 · 2026-11-21', false],
    );
    assert.deepEqual(
      [entryRow(decision, '2026-11-24').label, entryRow(decision, '2026-11-24').description],
      ['Use Caddy', 'proposed · Nov 22'],
    );
    assert.equal(entryTitle(phase), 'Phase: Build #');
  });

  it('momentum in a few words', () => {
    const stats = (text: string, today: string) => journalStats(parseJournal(text), today).momentum;
    assert.equal(momentumText(stats(incident, '2026-11-24'), '2026-11-24'), '2 entries in 14 days · last yesterday');
    assert.equal(momentumText(stats(incident, '2026-12-07'), '2026-12-07'), 'Quiet for 14 days · last entry Nov 23');
    assert.equal(momentumText(stats(charter, '2026-11-24'), '2026-11-24'), 'No entries yet');
  });
});

describe('one day-counting rule: the first day is day 1', () => {
  const summary = (text: string, today: string, phase: string) => {
    const stats = journalStats(parseJournal(text), today);
    const p = stats.lifecycle.phases.find((s) => s.phase === phase);
    assert.ok(p);
    return phaseDescription(p, today, stats.lifecycle.dayOfPhase);
  };

  it('a phase that began and ended today lasted 1 day, and its successor is on day 1', () => {
    const text = '---\nstarted: 2026-11-24\n---\n## 2026-11-24 Phase: design\n## 2026-11-24 Phase: build\n';
    assert.equal(summary(text, '2026-11-24', 'design'), 'done · Nov 24 – Nov 24 · 1 day');
    assert.equal(summary(text, '2026-11-24', 'build'), 'day 1 · since Nov 24');
  });

  it('a phase counts its first and its last day', () => {
    assert.equal(summary(launched, '2026-11-24', 'build'), 'done · Nov 10 – Nov 20 · 11 days');
  });

  it('launching on the day the project started is reaching production on day 1', () => {
    const text = '---\nstarted: 2026-11-24\nlaunch_target: 2026-12-24\n---\n## 2026-11-24 Launch: live\n';
    const stats = journalStats(parseJournal(text), '2026-11-24');
    const production = stats.milestones.find((m) => m.id === 'production');
    assert.ok(production);
    assert.equal(milestoneText(production, stats.lifecycle), 'Reached production on day 1, 30 days before the target');
    assert.equal(stats.lifecycle.daysInProduction, 1);
  });
});

describe('days and launches in words', () => {
  it('names every month in English, short, with the year only when it is not this year', () => {
    const firsts = Array.from({ length: 12 }, (_, m) =>
      shortDay(`2026-${String(m + 1).padStart(2, '0')}-01`, '2026-06-15'),
    );
    assert.deepEqual(firsts, [
      'Jan 1',
      'Feb 1',
      'Mar 1',
      'Apr 1',
      'May 1',
      'Jun 1',
      'Jul 1',
      'Aug 1',
      'Sep 1',
      'Oct 1',
      'Nov 1',
      'Dec 1',
    ]);
    assert.equal(shortDay('2025-12-31', '2026-01-01'), 'Dec 31, 2025');
  });

  it('celebrates a launch in one line: the day in production and the launch against its target', () => {
    const celebrate = (charter: string) =>
      launchCelebration(
        lifecycle(parseJournal(`---\n${charter}---\n\n## 2026-11-24 10:30 Launch: live\n`), '2026-11-24'),
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
