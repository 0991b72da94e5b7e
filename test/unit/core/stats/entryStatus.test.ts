import * as assert from 'node:assert/strict';
import {
  decisionStatus,
  DEFAULT_DECISION_STATUS,
  entryStatus,
  incidentStatus,
  isOpenIncident,
  parseJournal,
} from '../../../../src/core';

/** The one entry of a journal holding `lines` after its heading. */
function entry(heading: string, ...lines: string[]) {
  return parseJournal([`## 2026-03-01 10:00 ${heading}`, ...lines].join('\n')).entries[0];
}

describe('entry status', () => {
  it('a decision without a status is accepted, the status Log Decision writes by default', () => {
    assert.equal(DEFAULT_DECISION_STATUS, 'accepted');
    assert.equal(decisionStatus(entry('Decision: use SQLite')), 'accepted');
    assert.equal(decisionStatus(entry('Decision: use SQLite', '- Status:')), 'accepted');
    assert.equal(decisionStatus(entry('Decision: use SQLite', '- Status: Proposed')), 'proposed');
    assert.equal(entryStatus(entry('Decision: use SQLite')), 'accepted');
  });

  it('an incident without a status is open; a written one is read in lower case', () => {
    assert.equal(incidentStatus(entry('Incident: db down')), 'open');
    assert.equal(incidentStatus(entry('Incident: db down', '- status: Mitigated')), 'mitigated');
    assert.equal(entryStatus(entry('Incident: db down', '- Status: RESOLVED')), 'resolved');
  });

  it('an incident is open until it is resolved, whatever else its status says', () => {
    assert.equal(isOpenIncident(entry('Incident: db down')), true);
    assert.equal(isOpenIncident(entry('Incident: db down', '- Status: mitigated')), true);
    assert.equal(isOpenIncident(entry('Incident: db down', '- Status: fixed-ish')), true);
    assert.equal(isOpenIncident(entry('Incident: db down', '- Status: Resolved')), false);
  });

  it('only incidents are open incidents, and kinds without a status have none', () => {
    const note = entry('Note: resolved nothing', '- Status: open');
    assert.equal(isOpenIncident(note), false);
    assert.equal(isOpenIncident(entry('Decision: keep it', '- Status: accepted')), false);
    assert.equal(entryStatus(note), 'open');
    assert.equal(entryStatus(entry('Note: plain')), undefined);
  });
});
