import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseJournal, WALKTHROUGH_CONTEXT_PREFIX, WALKTHROUGH_STEPS } from '../../src/core';
import { CommandId } from '../../src/vscode/commands/commandIds';
import { resolvedManifest } from './resolvedManifest';

const root = path.join(__dirname, '../../..');
const manifest = resolvedManifest();
const commandIds: string[] = manifest.contributes.commands.map((c: { command: string }) => c.command);

describe('the manifest', () => {
  it('declares exactly the commands of the CommandId enum, each with its title, category and icon', () => {
    const titles = Object.fromEntries(
      manifest.contributes.commands.map((c: { command: string; title: string }) => [c.command, c.title]),
    );
    // Typed by the enum: a command added to it without a title here does not compile.
    const expected: Record<CommandId, string> = {
      [CommandId.StartJournal]: 'Start Journal',
      [CommandId.LogDecision]: 'Log Decision',
      [CommandId.LogIncident]: 'Log Incident',
      [CommandId.ResolveIncident]: 'Resolve Incident',
      [CommandId.LogNote]: 'Log Progress Note',
      [CommandId.SetPhase]: 'Set Phase',
      [CommandId.MarkLaunched]: 'Mark as Launched',
      [CommandId.SetDecisionStatus]: 'Change Decision Status',
      [CommandId.OpenJournal]: 'Open Journal',
      [CommandId.ShowDashboard]: 'Show Dashboard',
      [CommandId.Pause]: 'Pause Project',
      [CommandId.ResumeProject]: 'Resume Project',
      [CommandId.SetNextStep]: 'Set Next Step',
      [CommandId.CopyMcpConfiguration]: 'Copy MCP Server Configuration',
      [CommandId.LogDeploy]: 'Log Deploy',
      [CommandId.ReviewDecision]: 'Review Decision',
      [CommandId.ToggleDoneItem]: 'Toggle Done Item',
      [CommandId.WriteRetrospective]: 'Write Retrospective',
      [CommandId.SaveRetrospective]: 'Save Retrospective to Journal',
      [CommandId.ExportDecisionAsMadr]: 'Export Decision as MADR',
      [CommandId.ExportAllDecisionsAsMadr]: 'Export All Decisions as MADR',
    };
    assert.deepEqual(titles, expected);
    assert.deepEqual([...commandIds].sort(), Object.values(CommandId).sort());
    for (const c of manifest.contributes.commands) assert.ok(c.category === 'Side Project' && c.icon, c.command);
  });

  it('has a walkthrough whose steps complete on the context keys the journal sets, in order, with their media present', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.equal(walkthrough.title, 'Ship and run a side project');
    assert.deepEqual(
      walkthrough.steps.map((step: { completionEvents: string[] }) => step.completionEvents),
      WALKTHROUGH_STEPS.map((key) => [`onContext:${WALKTHROUGH_CONTEXT_PREFIX}${key}`]),
    );
    for (const step of walkthrough.steps) {
      assert.ok(fs.existsSync(path.join(root, step.media.markdown)), step.media.markdown);
      for (const [, id] of step.description.matchAll(/\(command:([\w.]+)\)/g)) assert.ok(commandIds.includes(id), id);
    }
  });

  it("declares each command of the view's title bar and `…` menu once, Set Next Step and Resume Project too", () => {
    const inView: string[] = manifest.contributes.menus['view/title'].map((m: { command: string }) => m.command);
    for (const id of inView) assert.ok(commandIds.includes(id), id);
    assert.deepEqual(
      inView.filter((id, i) => inView.indexOf(id) !== i),
      [],
    );
    for (const id of [CommandId.SetNextStep, CommandId.ResumeProject]) assert.ok(inView.includes(id), id);
  });

  it('activates on its view, its commands (implicitly), a journal, a dashboard to restore, and after startup, never on *', () => {
    // workspaceContains finds only the default path: a journal that sideProject.journalPath puts elsewhere
    // needs onStartupFinished for its counter. That costs a workspace without a journal nothing at startup:
    // it comes after startup, and activate() reads nothing (the stores read when first asked).
    assert.deepEqual(manifest.activationEvents, [
      'workspaceContains:.sideproject/journal.md',
      'onStartupFinished',
      'onWebviewPanel:sideProject.dashboard',
    ]);
    assert.equal(manifest.engines.vscode, '^1.95.0'); // the first with the stable language-model tool API
  });
});

describe('the snippets', () => {
  const snippets: Record<string, { body: string[] }> = JSON.parse(
    fs.readFileSync(path.join(root, 'snippets/journal.code-snippets'), 'utf8'),
  );
  /** A snippet body as VS Code would insert it on 2026-03-09 at 07:05, accepting every default. */
  const expand = (body: string[]) =>
    body
      .join('\n')
      .replace(/\$CURRENT_YEAR/g, '2026')
      .replace(/\$CURRENT_MONTH/g, '03')
      .replace(/\$CURRENT_DATE/g, '09')
      .replace(/\$CURRENT_HOUR/g, '07')
      .replace(/\$CURRENT_MINUTE/g, '05')
      .replace(/\$\{\d+\|([^,|]+)[^|]*\|\}/g, '$1')
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/\$\d+/g, '');

  for (const [name, kind, metadata] of [
    [
      'Journal decision',
      'decision',
      [
        ['Status', 'accepted'],
        ['Options', ''],
      ],
    ],
    [
      'Journal incident',
      'incident',
      [
        ['Severity', 'SEV-2'],
        ['Status', 'open'],
        ['Detected', '2026-03-09 07:05'],
      ],
    ],
    ['Journal note', 'note', []],
    [
      'Journal deploy',
      'deploy',
      [
        ['Status', 'succeeded'],
        ['Commit', ''],
        ['Environment', 'production'],
      ],
    ],
  ] as const) {
    it(`${name} inserts exactly one ${kind} entry in the journal's format`, () => {
      const journal = parseJournal(expand(snippets[name].body));
      assert.deepEqual(journal.diagnostics, []);
      assert.equal(journal.entries.length, 1);
      const [entry] = journal.entries;
      assert.deepEqual([entry.kind, entry.date, entry.time], [kind, '2026-03-09', '07:05']);
      assert.deepEqual(
        entry.metadata.map((m) => [m.key, m.value]),
        metadata,
      );
    });
  }
});
