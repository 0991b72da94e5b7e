// The journal as a document, asked through the commands VS Code itself offers (the ones the editor, the
// outline and the Problems panel use), on the journal and on another markdown file of the same folder.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SideProjectApi } from '../../../src/extension';
import { SAMPLE, SAMPLE_BOM, SAMPLE_CRLF, SAMPLE_LINES } from '../../unit/core/document/sampleJournal';
import { at, EXTENSION_ID, eventually, folder, journalSandbox, putJournal } from '../helpers';

const len = (line: number) => SAMPLE_LINES[line].length;
const exec = <T>(command: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(command, ...args);

/** A symbol tree as `name (detail) [kind] range`, children indented. */
function outline(symbols: readonly vscode.DocumentSymbol[], indent = ''): string[] {
  return symbols.flatMap((s) => [
    `${indent}${s.name} (${s.detail}) [${vscode.SymbolKind[s.kind]}] ${s.range.start.line}:${s.range.start.character}-` +
      `${s.range.end.line}:${s.range.end.character}`,
    ...outline(s.children ?? [], `${indent}  `),
  ]);
}

/** The built-in markdown outline answers too (its headings are strings named `#…`); ours are the others. */
const ours = (symbols: readonly vscode.DocumentSymbol[]) => symbols.filter((s) => s.kind !== vscode.SymbolKind.String);

const EXPECTED_OUTLINE = [
  `Charter (uptime-bot) [Module] 0:0-3:3`,
  `Design () [Namespace] 7:0-14:${len(14)}`,
  `  Phase: Design (2026-11-02 09:14) [EnumMember] 7:0-8:${len(8)}`,
  `  Use PostgreSQL over SQLite (2026-11-03 21:05 · superseded) [Boolean] 10:0-14:${len(14)}`,
  `Build () [Namespace] 16:0-35:${len(35)}`,
  `  Phase: Build (2026-11-05 10:00) [EnumMember] 16:0-16:${len(16)}`,
  `  Use SQLite after all (2026-11-10 11:00 · accepted) [Boolean] 18:0-19:${len(19)}`,
  `  Database disk full (2026-11-22 02:10 · resolved) [Event] 21:0-30:${len(30)}`,
  `  Mail relay rejects alerts (2026-11-23 08:00 · open) [Event] 32:0-33:${len(33)}`,
  `  Checked the backups (2026-11-23 09:00) [String] 35:0-35:${len(35)}`,
];
const EXPECTED_FOLDS = [
  [0, 3],
  [7, 8],
  [10, 14],
  [18, 19],
  [21, 30],
  [29, 30],
  [32, 33],
];

describe('the journal as a document in the editor', () => {
  const sandbox = journalSandbox({ journal: SAMPLE, time: at(2026, 11, 24, 10, 30) });
  let api: SideProjectApi;
  let uri: vscode.Uri;
  const other = () => vscode.Uri.joinPath(folder().uri, 'notes.md');
  before(() => {
    api = sandbox.api;
    uri = api.journals.all[0].uri;
    fs.writeFileSync(other().fsPath, SAMPLE); // the same text, in a file that is no journal
    // Our folds only, so they can be compared exactly; the markdown provider's would merge with them.
    return vscode.workspace
      .getConfiguration('editor', { languageId: 'markdown' })
      .update('defaultFoldingRangeProvider', EXTENSION_ID, vscode.ConfigurationTarget.Workspace);
  });
  after(async () => {
    fs.rmSync(other().fsPath, { force: true });
    await vscode.workspace
      .getConfiguration('editor', { languageId: 'markdown' })
      .update('defaultFoldingRangeProvider', undefined, vscode.ConfigurationTarget.Workspace);
  });

  /**
   * Shows `target` (so the sandbox reverts what a test types) and waits until the editor holds `text`: a file
   * changed on disk is reloaded, not at once.
   */
  async function open(target: vscode.Uri, text = SAMPLE): Promise<vscode.TextDocument> {
    const doc = await vscode.workspace.openTextDocument(target);
    await vscode.window.showTextDocument(doc);
    await eventually('the document to hold the text', () => doc.getText() === text.replace(/^\uFEFF/, ''));
    return doc;
  }

  const symbols = async (target: vscode.Uri) =>
    (await exec<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', target)) ?? [];
  const folds = async (target: vscode.Uri) =>
    ((await exec<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', target)) ?? []).map((r) => [
      r.start,
      r.end,
    ]);
  const lenses = async (target: vscode.Uri) =>
    ((await exec<vscode.CodeLens[]>('vscode.executeCodeLensProvider', target)) ?? []).map((l) => {
      const arg = l.command?.arguments?.[0] as { folder: vscode.Uri; line?: number };
      return `${l.range.start.line} ${l.command?.title} ${l.command?.command} ${arg.folder.toString() === folder().uri.toString()} ${arg.line}`;
    });
  const completions = async (target: vscode.Uri, line: number, character: number) => {
    const list = await exec<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      target,
      new vscode.Position(line, character),
    );
    // Markdown's snippets, the extension's own and words of the file come too: ours are values or dated headings.
    return list.items
      .map((i) => ({ kind: i.kind, label: typeof i.label === 'string' ? i.label : i.label.label }))
      .filter((i) => i.kind === vscode.CompletionItemKind.EnumMember || /^## \d/.test(i.label))
      .map((i) => i.label);
  };
  const hoverText = async (target: vscode.Uri, line: number, character: number) => {
    const hovers =
      (await exec<vscode.Hover[]>('vscode.executeHoverProvider', target, new vscode.Position(line, character))) ?? [];
    // The text is escaped for markdown (it is shown as written): unescaped, it is the core's lines.
    const unescape = (value: string) => value.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
    return hovers.flatMap((h) => h.contents.map((c) => unescape(typeof c === 'string' ? c : c.value).split('\n\n')));
  };
  const links = async (target: vscode.Uri) =>
    ((await exec<vscode.DocumentLink[]>('vscode.executeLinkProvider', target)) ?? []).map(
      (l) => `${l.range.start.line}:${l.range.start.character}-${l.range.end.character} ${l.target?.fragment}`,
    );

  it('outlines the charter, the phases and their entries with kind icons, dates and statuses', async () => {
    await open(uri);
    assert.deepEqual(outline(ours(await symbols(uri))), EXPECTED_OUTLINE);
  });

  it('folds the front matter, each entry and the Resolution section', async () => {
    await open(uri);
    assert.deepEqual(await folds(uri), EXPECTED_FOLDS);
  });

  it('puts Show Dashboard on the charter, Change Status on decisions and Resolve on the open incident', async () => {
    await open(uri);
    assert.deepEqual(await lenses(uri), [
      '0 Show Dashboard sideProject.showDashboard true undefined',
      '10 Change Status sideProject.setDecisionStatus true 10',
      '18 Change Status sideProject.setDecisionStatus true 18',
      '32 Resolve sideProject.resolveIncident true 32',
    ]);
    const config = vscode.workspace.getConfiguration('sideProject');
    await config.update('codeLens.enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      assert.deepEqual(await lenses(uri), [], 'sideProject.codeLens.enabled: false shows none');
    } finally {
      await config.update('codeLens.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('completes statuses by kind, severities, and a dated heading at the end', async () => {
    const doc = await open(uri);
    assert.deepEqual(await completions(uri, 11, 10), ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded']);
    assert.deepEqual(await completions(uri, 23, len(23)), ['open', 'mitigated', 'resolved']);
    assert.deepEqual(await completions(uri, 22, len(22)), ['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4']);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(36, 0), '## ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(doc.lineAt(36).text, '## ');
    assert.deepEqual(await completions(uri, 36, 3), [
      '## 2026-11-24 10:30 Note:',
      '## 2026-11-24 10:30 Decision:',
      '## 2026-11-24 10:30 Incident:',
      '## 2026-11-24 10:30 Deploy:',
      '## 2026-11-24 10:30 Phase:',
      '## 2026-11-24 10:30 Launch:',
    ]);
  });

  it('hovers an entry heading with its phase, age, status and time to resolve, and a Supersedes value', async () => {
    await open(uri);
    assert.deepEqual(await hoverText(uri, 21, 4), [
      ['Incident in the Build phase', 'Logged 2 days ago', 'Status: resolved', 'Resolved in 1 h 30 min'],
    ]);
    assert.deepEqual(await hoverText(uri, 19, 20), [
      ['Decision of 2026-11-03: Use PostgreSQL over SQLite', 'superseded · line 11'],
    ]);
  });

  it('links Supersedes and Superseded by values to the decisions they name', async () => {
    await open(uri);
    assert.deepEqual(await links(uri), [`12:17-${len(12)} L19`, `19:14-${len(19)} L11`]);
  });

  it('gives the same ranges for a CRLF journal and a journal with a BOM as for the LF one', async () => {
    for (const text of [SAMPLE_CRLF, SAMPLE_BOM]) {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await putJournal(api, text);
      await open(uri, text);
      assert.deepEqual(outline(ours(await symbols(uri))), EXPECTED_OUTLINE);
      assert.deepEqual(await folds(uri), EXPECTED_FOLDS);
      assert.deepEqual(await links(uri), [`12:17-${len(12)} L19`, `19:14-${len(19)} L11`]);
      assert.deepEqual(await hoverText(uri, 19, 20), [
        ['Decision of 2026-11-03: Use PostgreSQL over SQLite', 'superseded · line 11'],
      ]);
    }
  });

  it('answers for no other markdown file of the folder', async () => {
    const target = other();
    await open(target);
    assert.deepEqual(ours(await symbols(target)), []);
    const otherFolds = await folds(target);
    for (const fold of EXPECTED_FOLDS.slice(1)) assert.ok(!otherFolds.some((f) => `${f}` === `${fold}`), `${fold}`);
    assert.deepEqual(await lenses(target), []);
    assert.deepEqual(await completions(target, 11, 10), []);
    assert.deepEqual(await hoverText(target, 21, 4), []);
    assert.deepEqual(await links(target), []);
  });

  it('parses the journal once per change, however many features ask', async () => {
    const store = api.journals.all[0];
    const doc = await open(uri);
    const everyFeature = async () => {
      await symbols(uri);
      await folds(uri);
      await lenses(uri);
      await completions(uri, 11, 10);
      await hoverText(uri, 21, 4);
      await links(uri);
      await exec('vscode.executeCodeActionProvider', uri, new vscode.Range(11, 0, 11, 0));
    };
    const reads = store.reads;
    const parses = api.documents.parses;
    await everyFeature();
    await everyFeature();
    assert.equal(store.reads, reads, 'the text on disk: the store read it, nothing parses it again');
    assert.equal(api.documents.parses, parses);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(36, 0), 'typed, not saved\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(doc.isDirty);
    await everyFeature();
    await everyFeature();
    assert.equal(api.documents.parses, parses + 1, 'unsaved text: one parse for this version');
    assert.equal(store.reads, reads);
  });

  it('follows a custom sideProject.journalPath once the setting changes', async () => {
    const config = vscode.workspace.getConfiguration('sideProject', folder().uri);
    const custom = vscode.Uri.joinPath(folder().uri, 'docs', 'journal.md');
    fs.mkdirSync(path.dirname(custom.fsPath), { recursive: true });
    fs.writeFileSync(custom.fsPath, SAMPLE);
    try {
      await config.update('journalPath', 'docs/journal.md', vscode.ConfigurationTarget.Workspace);
      const store = api.journals.all[0];
      await eventually('the store to follow the setting', () => store.uri.toString() === custom.toString());
      await store.refresh();
      await open(custom);
      await open(uri);
      await eventually('the outline to follow', async () => ours(await symbols(custom)).length === 3);
      assert.deepEqual(outline(ours(await symbols(custom))), EXPECTED_OUTLINE);
      assert.deepEqual(ours(await symbols(uri)), [], 'the old path is no journal now');
      assert.deepEqual(await lenses(uri), []);
    } finally {
      await config.update('journalPath', undefined, vscode.ConfigurationTarget.Workspace);
      fs.rmSync(path.dirname(custom.fsPath), { recursive: true, force: true });
      await eventually('the store to be back', () => api.journals.all[0].uri.toString() === uri.toString());
      await api.journals.all[0].refresh();
    }
  });
});

describe("quick fixes for the journal's problems", () => {
  const PROBLEMS = [
    '---',
    'project: uptime-bot',
    '---',
    '',
    '## 2026-02-30 Note: the day that never was', // 4
    '## 2026-03-01 10:00 Decison: Use SQLite', // 5
    '## 2026-03-02 Incident: Disk full', // 6
    '- Status: resolvd', // 7
    '',
  ];
  const sandbox = journalSandbox({ journal: PROBLEMS.join('\n'), time: at(2026, 11, 24, 10, 30) });

  const ourDiagnostics = (uri: vscode.Uri) =>
    vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Side Project');

  for (const [line, titles, fixed] of [
    [4, ['Change to 2026-02-28'], '## 2026-02-28 Note: the day that never was'],
    [5, ['Change to Decision'], '## 2026-03-01 10:00 Decision: Use SQLite'],
    // VS Code lists the preferred fix first.
    [7, ['Change to resolved', 'Change to open', 'Change to mitigated'], '- Status: resolved'],
  ] as const) {
    it(`offers ${titles.join(', ')} on line ${line}; the fix changes that line only and clears the problem`, async () => {
      const uri = sandbox.api.journals.all[0].uri;
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      await eventually('the problem to show', () => ourDiagnostics(uri).some((d) => d.range.start.line === line));
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        uri,
        new vscode.Range(line, 0, line, 0),
      );
      const fixes = actions.filter((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value);
      assert.deepEqual(
        fixes.map((a) => a.title),
        titles,
      );
      const preferred = fixes.find((a) => a.isPreferred);
      assert.ok(preferred?.edit, 'one fix is preferred');
      assert.ok(await vscode.workspace.applyEdit(preferred.edit));
      const expected = PROBLEMS.map((text, i) => (i === line ? fixed : text));
      assert.deepEqual(doc.getText().split('\n'), expected);
      await eventually('the problem to clear', () => !ourDiagnostics(uri).some((d) => d.range.start.line === line));
    });
  }
});
