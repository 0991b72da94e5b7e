// The journal's tools as Copilot's agent mode calls them: through vscode.lm, with the files on disk.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../../src/extension';
import { at, extensionApi, journalPath, journalSandbox } from '../helpers';

const journal = [
  '---',
  'project: uptime-bot',
  'started: 2026-11-02',
  'learning_goal: Run Postgres myself',
  '---',
  '',
  '## 2026-11-02 09:14 Phase: design',
  '',
  '## 2026-11-03 21:05 Decision: Use PostgreSQL over SQLite',
  '- Status: accepted',
  '',
  'Running my own Postgres, with backups I have restored, is the point.',
  '',
  '## 2026-11-22 02:10 Incident: Database disk full',
  '- Severity: SEV-2',
  '- Status: open',
  '',
].join('\r\n');

const NAMES = [
  'sideProject_logDecision',
  'sideProject_logIncident',
  'sideProject_logNote',
  'sideProject_findEntries',
  'sideProject_getStatus',
];

async function invoke(name: string, input: object): Promise<unknown> {
  const result = await vscode.lm.invokeTool(name, { input, toolInvocationToken: undefined });
  const text = result.content.map((part) => (part instanceof vscode.LanguageModelTextPart ? part.value : '')).join('');
  return JSON.parse(text);
}

describe('language-model tools', () => {
  const sandbox = journalSandbox({ journal, time: at(2026, 11, 24, 10, 30) });
  let api: SideProjectApi;
  before(() => (api = sandbox.api));

  it("lists the five tools with the manifest's schemas", async () => {
    await extensionApi();
    const manifest = vscode.extensions.getExtension('sideproject-journal.side-project-journal')!.packageJSON;
    const ours = vscode.lm.tools.filter((t) => t.name.startsWith('sideProject_'));
    assert.deepEqual(ours.map((t) => t.name).sort(), [...NAMES].sort());
    for (const t of ours) {
      const declared = manifest.contributes.languageModelTools.find((d: { name: string }) => d.name === t.name);
      assert.deepEqual(t.inputSchema, declared.inputSchema);
    }
  });

  it("each writing tool appends exactly its entry, keeping the file's CRLF, and names it", async () => {
    assert.deepEqual(
      await invoke('sideProject_logDecision', {
        title: 'Keep SQLite for the cache',
        body: 'The load is tiny.',
        options: 'SQLite, Redis',
      }),
      {
        written: true,
        entry: {
          date: '2026-11-24',
          time: '10:30',
          kind: 'decision',
          title: 'Keep SQLite for the cache',
          line: 18,
          folder: 'with-journal',
        },
      },
    );
    await invoke('sideProject_logIncident', {
      title: 'Mail relay down',
      severity: 'SEV-3',
      detected: '2026-11-24 09:55',
      body: 'No alerts sent.',
    });
    await invoke('sideProject_logNote', { title: "Restored last night's backup" });
    assert.equal(
      fs.readFileSync(journalPath(), 'utf8'),
      journal +
        '\r\n## 2026-11-24 10:30 Decision: Keep SQLite for the cache\r\n- Status: accepted\r\n- Options: SQLite, Redis\r\n\r\nThe load is tiny.\r\n' +
        '\r\n## 2026-11-24 10:30 Incident: Mail relay down\r\n- Severity: SEV-3\r\n- Status: open\r\n- Detected: 2026-11-24 09:55\r\n\r\nNo alerts sent.\r\n' +
        "\r\n## 2026-11-24 10:30 Note: Restored last night's backup\r\n",
    );
  });

  it('refuses invalid input with a clear error and writes nothing', async () => {
    const before = fs.readFileSync(journalPath());
    const refused = async (name: string, input: object, message: RegExp) => {
      await assert.rejects(invoke(name, input), (error: Error) => message.test(error.message));
    };
    await refused('sideProject_logDecision', { body: 'no title' }, /`title` is required/);
    await refused(
      'sideProject_logIncident',
      { title: 'x', severity: 'SEV-0' },
      /`severity` must be one of SEV-1, SEV-2, SEV-3, SEV-4/,
    );
    await refused('sideProject_logNote', { title: 7 }, /`title` must be a string/);
    await refused('sideProject_logNote', { title: 'x', mood: 'great' }, /Unknown key `mood`/);
    await refused('sideProject_logNote', { title: 'x', folder: 'elsewhere' }, /`folder` must be one of "with-journal"/);
    assert.deepEqual(fs.readFileSync(journalPath()), before);
  });

  it('findEntries answers "postgres" with the decision and its rationale', async () => {
    const found = (await invoke('sideProject_findEntries', { words: 'postgres', kind: 'decision' })) as {
      total: number;
      entries: { title: string; body: string; status: string }[];
    };
    assert.equal(found.total, 1);
    assert.equal(found.entries[0].title, 'Use PostgreSQL over SQLite');
    assert.equal(found.entries[0].status, 'accepted');
    assert.equal(found.entries[0].body, 'Running my own Postgres, with backups I have restored, is the point.');
  });

  it('getStatus gives the figures the tree shows', async () => {
    const status = (await invoke('sideProject_getStatus', {})) as {
      phase: string;
      dayOfPhase: number;
      openIncidents: { title: string }[];
      learningGoal: string;
    };
    const stats = api.stats.statsFor(api.journals.all[0])!;
    assert.equal(status.phase, stats.lifecycle.currentPhase);
    assert.equal(status.dayOfPhase, stats.lifecycle.dayOfPhase);
    assert.equal(status.dayOfPhase, 23); // design since 2026-11-02: the 24th is day 23
    assert.deepEqual(
      status.openIncidents.map((i) => i.title),
      stats.incidents.open.map((i) => i.entry.title),
    );
    assert.equal(status.learningGoal, 'Run Postgres myself');
    assert.ok(fs.existsSync(path.dirname(journalPath())));
  });
});
