import * as assert from 'node:assert/strict';
import {
  applyEdits,
  CharterNotEditableError,
  InvalidEntryError,
  parseJournal,
  setCharterField,
  type CharterField,
} from '../../../../src/core';

const charter = [
  '---',
  '# my charter, by hand',
  'project: uptime-bot   # the repo name',
  'owner: me',
  "launch_target: '2026-12-02' # a month out",
  'definition_of_done:',
  '- Public URL with TLS',
  '- Three people use it  # for 30 days',
  'learning_goal: >-',
  '  Run a Postgres-backed service',
  '  end to end',
  'extra_list: [a, b]',
  '---',
  '',
  '## 2026-11-02 Phase: design',
  '',
].join('\n');

function edit(text: string, field: CharterField, value: string | readonly string[] | undefined): string {
  return applyEdits(text, [setCharterField(text, parseJournal(text), field, value)]);
}

describe('charter edits', () => {
  it('replaces a scalar in place, keeping its trailing comment and every other line', () => {
    const after = edit(charter, 'launchTarget', '2026-12-20');
    assert.equal(
      after,
      charter.replace("launch_target: '2026-12-02' # a month out", 'launch_target: 2026-12-20 # a month out'),
    );
    assert.equal(parseJournal(after).charter.launchTarget, '2026-12-20');
  });

  it('replaces a folded block scalar with one line', () => {
    const after = edit(charter, 'learningGoal', 'Operate a service: backups, alerts & on-call');
    assert.equal(
      after,
      charter.replace(
        'learning_goal: >-\n  Run a Postgres-backed service\n  end to end',
        'learning_goal: "Operate a service: backups, alerts & on-call"',
      ),
    );
    const journal = parseJournal(after);
    assert.equal(journal.charter.learningGoal, 'Operate a service: backups, alerts & on-call');
    assert.deepEqual(journal.charter.extra, { owner: 'me', extra_list: ['a', 'b'] });
  });

  it('replaces a list with the same item style', () => {
    const after = edit(charter, 'definitionOfDone', ['Public URL', 'Backups restored once']);
    assert.equal(
      after,
      charter.replace(
        '- Public URL with TLS\n- Three people use it  # for 30 days',
        '- Public URL\n- Backups restored once',
      ),
    );
  });

  it('adds a missing key before the closing line, and removes a key with its lines', () => {
    const added = edit(charter, 'pausedUntil', '2027-01-10');
    assert.equal(
      added,
      charter.replace('extra_list: [a, b]\n---', 'extra_list: [a, b]\npaused_until: 2027-01-10\n---'),
    );
    assert.equal(edit(added, 'pausedUntil', undefined), charter);
    assert.equal(
      edit(charter, 'definitionOfDone', undefined),
      charter.replace('definition_of_done:\n- Public URL with TLS\n- Three people use it  # for 30 days\n', ''),
    );
  });

  it('sets the next step, one line, read back as the charter says it', () => {
    const added = edit(charter, 'nextStep', 'Restore last night\'s backup: "drill" #1');
    const charterRead = parseJournal(added).charter;
    assert.equal(charterRead.nextStep, 'Restore last night\'s backup: "drill" #1');
    assert.equal(edit(added, 'nextStep', undefined), charter);
  });

  it('keeps CRLF line endings and a BOM', () => {
    const crlf = '\uFEFF' + charter.replace(/\n/g, '\r\n');
    const after = edit(crlf, 'definitionOfDone', ['a', 'b']);
    assert.ok(after.startsWith('\uFEFF---\r\n'));
    assert.ok(after.includes('definition_of_done:\r\n- a\r\n- b\r\nlearning_goal'), after);
    assert.equal(after.replace(/\r\n/g, '').includes('\n'), false, 'a bare \\n was written into a CRLF file');
  });

  it('starts a front matter in a journal that has none, after a BOM', () => {
    const text = '\uFEFF# notes\n';
    const after = edit(text, 'learningGoal', 'Kubernetes');
    assert.equal(after, '\uFEFF---\nlearning_goal: Kubernetes\n---\n\n# notes\n');
  });

  it('refuses to touch malformed front matter, and refuses a launch target that is no day', () => {
    const broken = '---\nproject: [oops\n---\n';
    assert.throws(() => edit(broken, 'learningGoal', 'x'), CharterNotEditableError);
    assert.throws(() => edit(charter, 'launchTarget', 'next month'), InvalidEntryError);
  });

  describe('values written over several lines', () => {
    const quoted = (quote: string) =>
      [
        '---',
        `learning_goal: ${quote}first part`,
        `project: continued inside the quotes${quote}`,
        'started: 2026-01-01',
        '---',
        '## 2026-01-02 Note: x',
        '',
      ].join('\n');

    for (const quote of ['"', "'"]) {
      it(`changes a key after a ${quote === '"' ? 'double' : 'single'}-quoted value that runs over lines, and leaves that value whole`, () => {
        const text = quoted(quote);
        const after = edit(text, 'project', 'uptime-bot');
        const journal = parseJournal(after);
        assert.equal(journal.frontMatter.state, 'ok', JSON.stringify(journal.diagnostics));
        assert.deepEqual(
          [journal.charter.project, journal.charter.learningGoal, journal.charter.started],
          ['uptime-bot', 'first part project: continued inside the quotes', '2026-01-01'],
        );
        assert.equal(after, text.replace('started: 2026-01-01\n', 'started: 2026-01-01\nproject: uptime-bot\n'));
      });
    }

    it('replaces a quoted value that runs over lines as a whole, keeping the comment after it', () => {
      const text = '---\nproject: "first\n  second\nthird" # the name\nstarted: 2026-01-01\n---\n';
      assert.equal(edit(text, 'project', 'demo'), '---\nproject: demo # the name\nstarted: 2026-01-01\n---\n');
      assert.equal(edit(text, 'project', undefined), '---\nstarted: 2026-01-01\n---\n');
    });

    it('replaces a flow list that runs over lines as a whole', () => {
      const text = '---\ndefinition_of_done: [a,\nproject: b]\nproject: demo\n---\n';
      const after = edit(text, 'definitionOfDone', ['c']);
      assert.equal(after, '---\ndefinition_of_done:\n  - c\nproject: demo\n---\n');
    });
  });

  describe('an edit that would change more than its key is refused, and changes nothing', () => {
    const cases: [string, string][] = [
      ['a quoted key, which the edit would write twice', '---\n"project": demo\nstarted: 2026-01-01\n---\n'],
      ['an anchor another key uses', '---\nproject: &name demo\nnext_step: *name\n---\n'],
      ['an explicit key', '---\n? project\n: demo\n---\n'],
    ];
    for (const [name, text] of cases) {
      it(name, () => {
        const journal = parseJournal(text);
        assert.equal(journal.frontMatter.state, 'ok');
        assert.throws(
          () => setCharterField(text, journal, 'project', 'uptime-bot'),
          (error: unknown) => {
            assert.ok(error instanceof CharterNotEditableError);
            assert.match(error.message, /^The charter was not changed: .*`project`/);
            return true;
          },
        );
      });
    }
  });
});
