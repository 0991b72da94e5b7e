// The views' words and days in another display language, as the extension configures it from VS Code at
// activation; English again after each test, as every other test expects.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  configureLanguage,
  glanceRows,
  journalStats,
  parseJournal,
  shortDay,
  statusBarView,
} from '../../../../src/core';

const german = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../../l10n/bundle.l10n.de.json'), 'utf8'));
const text = [
  '---',
  'project: uptime-bot',
  'started: 2026-11-02',
  'launch_target: 2026-12-02',
  '---',
  '## 2026-11-02 Phase: design',
  '## 2026-11-20 Launch: live',
  '## 2026-11-23 Incident: disk',
  '- Status: open',
  '',
].join('\n');

describe('the display language', () => {
  afterEach(() => configureLanguage('en'));

  it('writes days the way the language does, the year only when it is not this one', () => {
    assert.deepEqual(
      [shortDay('2026-11-24', '2026-11-30'), shortDay('2025-11-24', '2026-11-30')],
      ['Nov 24', 'Nov 24, 2025'],
    );
    configureLanguage('de', german);
    assert.deepEqual(
      [shortDay('2026-11-24', '2026-11-30'), shortDay('2025-11-24', '2026-11-30')],
      ['24. Nov.', '24. Nov. 2025'],
    );
  });

  it('puts the status bar and the glance rows in German, with one sentence per count and the journal words kept', () => {
    const journal = parseJournal(text);
    const stats = journalStats(journal, '2026-11-30');
    configureLanguage('de', german);
    const bar = statusBarView(stats, journal.charter);
    assert.equal(bar.text, '$(rocket) 11 Tage in Produktion  $(flame) 1');
    assert.equal(bar.accessibleLabel, '11 Tage in Produktion, 1 offener Vorfall');
    assert.match(bar.tooltip, /^Side Project: uptime-bot\nIn Produktion seit 20\. Nov\. \(der Tag des Livegangs/);
    assert.equal(glanceRows(journal.charter, stats)[0].label, 'Noch kein Lernziel');
  });

  it('writes days in English for a language tag Intl refuses, rather than fail on every one', () => {
    configureLanguage('en_US', german);
    assert.equal(shortDay('2026-11-24', '2026-11-30'), 'Nov 24');
  });

  it('is English again, unchanged, once configured back', () => {
    configureLanguage('de', german);
    configureLanguage('en');
    assert.equal(shortDay('2026-11-24', '2026-11-30'), 'Nov 24');
    const journal = parseJournal(text);
    assert.equal(
      statusBarView(journalStats(journal, '2026-11-30'), journal.charter).accessibleLabel,
      '11 days in production, 1 open incident',
    );
  });
});
