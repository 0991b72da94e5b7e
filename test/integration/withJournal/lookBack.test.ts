// Looking back inside VS Code: decision reviews (the Review step, review due, the one reminder, Review
// Decision), the definition of done as a checklist, the Lessons node, retrospectives and the MADR export.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseJournal, retrospective } from '../../../src/core';
import type { SideProjectApi } from '../../../src/extension';
import {
  at,
  children,
  childViews,
  eventually,
  folder,
  journalSandbox,
  putJournal,
  readBytes,
  readText,
  view,
} from '../helpers';
import { converse, type Reply } from '../questions';

const root = path.join(__dirname, '../../../..');
const example = fs.readFileSync(path.join(root, 'examples/uptime-bot/.sideproject/journal.md'), 'utf8');

const charter = [
  '---',
  'project: looking-back',
  'started: 2026-10-01',
  'definition_of_done:',
  '  - Public URL   # the first',
  "  - '[x] Backups: rehearsed'",
  '  - Three users',
  '---',
  '',
].join('\n');

const decision = (title: string, metadata: string[] = []) =>
  ['', `## 2026-10-02 21:05 Decision: ${title}`, '- Status: accepted', ...metadata, '', 'Why it was so.', ''].join(
    '\n',
  );

describe('looking back', () => {
  const sandbox = journalSandbox({ journal: charter + decision('Use SQLite'), time: at(2026, 11, 24, 10, 30) });
  let api: SideProjectApi;
  const config = () => vscode.workspace.getConfiguration('sideProject');
  before(() => (api = sandbox.api));
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('notifications.clearAll');
    await config().update('decisionReviewDays', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('madrFolder', undefined, vscode.ConfigurationTarget.Workspace);
    fs.rmSync(path.join(folder().uri.fsPath, 'docs'), { recursive: true, force: true });
  });

  const appended = (before: string) => {
    const after = readBytes();
    assert.ok(after.startsWith(before), 'the old bytes changed');
    return after.slice(before.length);
  };

  describe('Log Decision', () => {
    it('proposes a review 90 days out and writes it as `- Review:`', async () => {
      const before = readBytes();
      const { asked, questions } = await converse(api, 'sideProject.logDecision', [], (q): Reply => {
        if (q.title === "What's next?") return 'escape';
        return q.step === 1 ? { type: 'Use Caddy' } : 'accept';
      });
      assert.equal(asked[4], 'Log Decision 5/5: Review on (YYYY-MM-DD) (optional)');
      assert.equal(questions[4].value, '2027-02-22');
      assert.equal(
        appended(before),
        '\n## 2026-11-24 10:30 Decision: Use Caddy\n- Status: accepted\n- Review: 2027-02-22\n',
      );
    });

    it('takes the review day from an argument object, refuses one in the past, and never asks at 0 days', async () => {
      const before = readBytes();
      const result = await vscode.commands.executeCommand('sideProject.logDecision', {
        title: 'Use cron',
        review: '2026-12-31',
      });
      assert.deepEqual(result, { written: true });
      const refused = await vscode.commands.executeCommand('sideProject.logDecision', {
        title: 'Too late',
        review: '2026-01-01',
      });
      assert.deepEqual(refused, {
        written: false,
        message: 'Review on "2026-01-01": Pick today (2026-11-24) or a later day',
      });
      await config().update('decisionReviewDays', 0, vscode.ConfigurationTarget.Workspace);
      const { asked } = await converse(api, 'sideProject.logDecision', [], (q): Reply =>
        q.title === "What's next?" ? 'escape' : q.step === 1 ? { type: 'No review' } : 'accept',
      );
      assert.equal(asked.length, 5, asked.join('\n'));
      assert.equal(
        appended(before),
        '\n## 2026-11-24 10:30 Decision: Use cron\n- Status: accepted\n- Review: 2026-12-31\n' +
          '\n## 2026-11-24 10:30 Decision: No review\n- Status: accepted\n',
      );
    });
  });

  describe('review due', () => {
    it('shows "review due" in the tree and reminds once; dismissed once, never again', async () => {
      api.clock.set(at(2026, 11, 24, 10, 30));
      await putJournal(api, charter + decision('Use Redis once', ['- Review: 2026-11-24']));
      await eventually('the reminder to show', () => api.reviews.isShowing);
      await vscode.commands.executeCommand('notifications.clearAll');
      await eventually('the reminder to be dismissed', () => !api.reviews.isShowing);
      assert.deepEqual(await api.reviews.check(undefined), { shown: false });
      const design = (await children(api)).find((n) => n.type === 'phase' && n.phase === 'design');
      assert.ok(design);
      assert.deepEqual(
        (await childViews(api, design)).map((v) => [v.label, v.description, v.contextValue]),
        [['Use Redis once', 'accepted · review due · Oct 2', 'entry.decision.reviewDue']],
      );
      assert.equal(api.stats.statsFor(api.journals.all[0])?.reviewsDue.length, 1);
    });

    it('never reminds while paused, nor before the review day', async () => {
      await putJournal(
        api,
        charter.replace('started:', 'paused_until: 2026-12-01\nstarted:') +
          decision('Paused', ['- Review: 2026-11-20']),
      );
      assert.deepEqual(await api.reviews.check(undefined), { shown: false });
      await putJournal(api, charter + decision('Later', ['- Review: 2026-11-25']));
      assert.deepEqual(await api.reviews.check(undefined), { shown: false });
      assert.equal(api.reviews.isShowing, false);
    });
  });

  describe('Review Decision', () => {
    for (const verdict of ['keep', 'revisit', 'reverse'] as const) {
      it(`writes the documented bytes for ${verdict}`, async () => {
        const text = charter + decision('Use SQLite', ['- Review: 2026-11-20']);
        await putJournal(api, text);
        const line = parseJournal(text).entries[0].line;
        const result = await vscode.commands.executeCommand('sideProject.reviewDecision', {
          line,
          verdict,
          learned: 'It held up.\nBackups were easy.',
        });
        assert.deepEqual(result, { written: true });
        assert.equal(
          readBytes(),
          charter +
            '\n## 2026-10-02 21:05 Decision: Use SQLite\n- Status: accepted\n- Review: 2026-11-20\n' +
            `- Reviewed: 2026-11-24\n- Verdict: ${verdict}\n\nWhy it was so.\n\n### Outcome\nIt held up.\nBackups were easy.\n`,
        );
      });
    }

    it('from the tree, reverse offers Log Decision, which supersedes it', async () => {
      const text = charter + decision('Use SQLite', ['- Review: 2026-11-20']);
      await putJournal(api, text);
      const design = (await children(api)).find((n) => n.type === 'phase' && n.phase === 'design');
      assert.ok(design);
      const [row] = await children(api, design);
      const { asked } = await converse(api, 'sideProject.reviewDecision', [row], (q): Reply => {
        if (q.title === "What's next?") return 'escape';
        if (q.prompt === 'Verdict') return { type: 'reverse' };
        if (q.prompt === 'What did you learn?') return { type: 'Writes queue up' };
        if (q.prompt === 'Log the decision that replaces it?') return 'accept';
        if (q.prompt === 'What did you decide?') return { type: 'Use PostgreSQL' };
        return q.prompt.startsWith('Review on') ? { type: '' } : 'accept';
      });
      assert.deepEqual(asked.slice(0, 4), [
        'Review: Use SQLite 1/2: Verdict',
        'Review: Use SQLite 2/2: What did you learn?',
        'Review: Use SQLite: Log the decision that replaces it?',
        'Log Decision (replaces: Use SQLite) 1/5: What did you decide?',
      ]);
      assert.equal(
        readBytes(),
        charter +
          '\n## 2026-10-02 21:05 Decision: Use SQLite\n- Status: superseded\n- Review: 2026-11-20\n' +
          '- Reviewed: 2026-11-24\n- Verdict: reverse\n- Superseded by: 2026-11-24 Use PostgreSQL\n\nWhy it was so.\n\n' +
          '### Outcome\nWrites queue up\n' +
          '\n## 2026-11-24 10:30 Decision: Use PostgreSQL\n- Status: accepted\n- Supersedes: 2026-10-02 Use SQLite\n',
      );
    });

    it('refuses a verdict it does not know, and writes nothing', async () => {
      const before = readBytes();
      const result = await vscode.commands.executeCommand('sideProject.reviewDecision', {
        line: parseJournal(before).entries[0].line,
        verdict: 'maybe',
        learned: 'x',
      });
      assert.deepEqual(result, {
        written: false,
        message:
          'The argument of sideProject.reviewDecision was refused: `verdict` must be one of keep, revisit, reverse.',
      });
      assert.equal(readBytes(), before);
    });
  });

  it('toggles a done item from the tree and by index, editing only its line', async () => {
    const before = readBytes();
    const done = (await children(api)).find((n) => n.type === 'glance' && n.row.key === 'done');
    assert.ok(done);
    assert.equal(view(api, done).description, '1 of 3 done');
    const items = await children(api, done);
    assert.deepEqual(
      items.map((n) => [view(api, n).label, view(api, n).description]),
      [
        ['Public URL', undefined],
        ['Backups: rehearsed', 'done'],
        ['Three users', undefined],
      ],
    );
    assert.deepEqual(await vscode.commands.executeCommand('sideProject.toggleDoneItem', items[0]), { written: true });
    assert.equal(readBytes(), before.replace('  - Public URL   # the first', '  - "[x] Public URL"   # the first'));
    await vscode.commands.executeCommand('sideProject.toggleDoneItem', { index: 1 });
    assert.equal(
      readBytes(),
      before
        .replace('  - Public URL   # the first', '  - "[x] Public URL"   # the first')
        .replace("  - '[x] Backups: rehearsed'", "  - 'Backups: rehearsed'"),
    );
    const refused = await vscode.commands.executeCommand('sideProject.toggleDoneItem', { index: 3 });
    assert.deepEqual(refused, {
      written: false,
      message: '"3" is not an item of the definition of done (it has 3)',
    });
  });

  it("lists the example's lessons under a Lessons node, each opening its entry", async () => {
    await putJournal(api, example);
    const lessons = (await children(api)).find((n) => n.type === 'lessons');
    assert.ok(lessons, 'a Lessons node');
    assert.deepEqual(view(api, lessons), {
      label: 'Lessons',
      description: '1',
      contextValue: 'lessons',
      collapsible: true,
    });
    const rows = await children(api, lessons);
    assert.deepEqual(
      rows.map((n) => [view(api, n).label, view(api, n).description]),
      [['lower the TTL a day before moving anything', 'Caddy could not get a certificate · 2026-11-06']],
    );
    const item = api.tree.getTreeItem(rows[0]);
    assert.equal(item.command?.command, 'sideProject.openJournal');
    const incident = parseJournal(example).entries.find((e) => e.title === 'Caddy could not get a certificate');
    assert.equal((item.command?.arguments?.[0] as { line: number }).line, incident?.line);
  });

  it("opens the retrospective in an untitled markdown editor, equal to the core's, and saving appends the note", async () => {
    await putJournal(api, example);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('sideProject.writeRetrospective', {
      scope: 'project',
    });
    const expected = retrospective(example, parseJournal(example), '2026-11-24', { kind: 'project' }).markdown;
    assert.ok(editor.document.isUntitled);
    assert.equal(editor.document.languageId, 'markdown');
    assert.equal(editor.document.getText(), expected);
    const before = readText();
    const saved = await vscode.commands.executeCommand('sideProject.saveRetrospective', {
      document: editor.document.uri.toString(),
    });
    assert.deepEqual(saved, { written: true });
    // The note's body is the document below its heading, as the user left it.
    const body = expected.split('\n').slice(2).join('\n');
    assert.equal(readText(), `${before}\n## 2026-11-24 10:30 Note: Retrospective: Whole project\n\n${body}`);
    // The next one starts from it.
    const next = await vscode.commands.executeCommand<vscode.TextEditor>('sideProject.writeRetrospective', {
      scope: 'since-last',
    });
    assert.ok(next.document.getText().startsWith('# Retrospective: Since 2026-11-24\n'));
    const wrong = await vscode.commands.executeCommand('sideProject.writeRetrospective', { scope: 'last year' });
    assert.equal((wrong as { written: boolean }).written, false);
  });

  describe('MADR export', () => {
    const decisionsDir = () => path.join(folder().uri.fsPath, 'docs', 'decisions');

    it('writes the numbered file, records its number, and refuses to export it again', async () => {
      fs.mkdirSync(decisionsDir(), { recursive: true });
      fs.writeFileSync(path.join(decisionsDir(), '0007-older.md'), 'kept\n');
      const text = charter + decision('Use SQLite: v3, "WAL" mode');
      await putJournal(api, text);
      const line = parseJournal(text).entries[0].line;
      const result = await vscode.commands.executeCommand('sideProject.exportDecisionAsMadr', { line });
      assert.deepEqual(result, { written: true, files: ['docs/decisions/0008-use-sqlite-v3-wal-mode.md'] });
      const file = path.join(decisionsDir(), '0008-use-sqlite-v3-wal-mode.md');
      assert.ok(fs.readFileSync(file, 'utf8').startsWith('---\nstatus: "accepted"\ndate: 2026-10-02\n---\n'));
      assert.equal(readBytes(), text.replace('- Status: accepted\n', '- Status: accepted\n- ADR: 0008\n'));
      fs.writeFileSync(file, 'edited by hand\n');
      const again = await vscode.commands.executeCommand('sideProject.exportDecisionAsMadr', { line });
      assert.equal((again as { written: boolean }).written, false);
      assert.match((again as { message: string }).message, /exported already, as ADR-0008/);
      assert.equal(fs.readFileSync(file, 'utf8'), 'edited by hand\n');
      assert.deepEqual(fs.readdirSync(decisionsDir()).sort(), ['0007-older.md', '0008-use-sqlite-v3-wal-mode.md']);
    });

    it('Export All skips the exported decisions and links a superseded chain by number', async () => {
      const text =
        charter +
        decision('Old', ['- Superseded by: 2026-10-02 New']).replace('accepted', 'superseded') +
        decision('Exported', ['- ADR: 0001']) +
        decision('New', ['- Supersedes: 2026-10-02 Old']);
      await putJournal(api, text);
      const result = await vscode.commands.executeCommand('sideProject.exportAllDecisionsAsMadr');
      assert.deepEqual(result, {
        written: true,
        files: ['docs/decisions/0002-old.md', 'docs/decisions/0003-new.md'],
      });
      const old = fs.readFileSync(path.join(decisionsDir(), '0002-old.md'), 'utf8');
      assert.ok(old.startsWith('---\nstatus: "superseded by ADR-0003"\n'), old);
      const newer = fs.readFileSync(path.join(decisionsDir(), '0003-new.md'), 'utf8');
      assert.ok(newer.endsWith('## More Information\n\nSupersedes ADR-0002.\n'), newer);
      const after = parseJournal(readBytes());
      assert.deepEqual(
        after.entries.map((e) => e.metadata.find((m) => m.key === 'ADR')?.value),
        ['0002', '0001', '0003'],
      );
      const none = await vscode.commands.executeCommand('sideProject.exportAllDecisionsAsMadr');
      assert.deepEqual(none, { written: false, message: 'Every decision is exported already.', files: [] });
    });

    it('refuses a folder setting that leaves the workspace folder', async () => {
      await config().update('madrFolder', '../elsewhere', vscode.ConfigurationTarget.Workspace);
      const before = readBytes();
      const result = await vscode.commands.executeCommand('sideProject.exportAllDecisionsAsMadr');
      assert.deepEqual(result, {
        written: false,
        message: '"../elsewhere" (sideProject.madrFolder) must be a path inside the workspace folder, without ".."',
      });
      assert.equal(readBytes(), before);
    });
  });
});
