import * as assert from 'node:assert/strict';
import { journalStats, momentumText, parseJournal, statusBarView } from '../../../src/core';

const charter = '---\nproject: uptime-bot\nstarted: 2026-11-02\nlaunch_target: 2026-12-02\n---\n';
const build = `${charter}## 2026-11-02 Phase: design\n## 2026-11-10 Phase: build\n`;
const launched = `${build}## 2026-11-20 Launch: live\n`;
const incident = `${launched}## 2026-11-23 Incident: disk\n- Status: open\n`;

const bar = (text: string, today: string) => statusBarView(journalStats(parseJournal(text), today), 'uptime-bot');

describe('the words the views show', () => {
  it('status bar before launch: phase and day; the target in the tooltip', () => {
    assert.deepEqual(bar(build, '2026-11-14'), {
      text: '$(milestone) Build · day 5',
      tooltip: 'Side Project: uptime-bot\nBuild phase, day 5\n18 days left to the launch target (Dec 2)\nClick to open the dashboard',
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

  it('momentum in a few words', () => {
    const stats = (text: string, today: string) => journalStats(parseJournal(text), today).momentum;
    assert.equal(momentumText(stats(incident, '2026-11-24'), '2026-11-24'), '2 entries in 14 days · last entry yesterday');
    assert.equal(momentumText(stats(incident, '2026-12-07'), '2026-12-07'), 'quiet · last entry 14 days ago');
    assert.equal(momentumText(stats(charter, '2026-11-24'), '2026-11-24'), 'no entries yet');
  });
});
