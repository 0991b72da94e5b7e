import * as vscode from 'vscode';
import {
  adrNumberOf,
  adrNumberText,
  decisionStatus,
  journalPathProblem,
  madrDocument,
  madrFileName,
  nextAdrNumber,
  setMetadata,
  combineEdits,
  type Entry,
} from '../../core';
import type { JournalStore } from '../journalStore';
import type { InputFlow } from '../multiStepInput';
import { readSettings } from '../settings';
import {
  begin,
  CANCELLED,
  entryFrom,
  findEntry,
  writeOrKeep,
  type CommandContext,
  type Invocation,
  type Target,
  type WriteResult,
} from './commandContext';
import type { ArgumentShape } from './commandArguments';
import { requireJournal } from './requireJournal';

export interface ExportDecisionAsMadrArgs extends Target {
  /** The decision's heading line (0-based); without it, the user picks among those not exported yet. */
  readonly line?: number;
}

export const EXPORT_DECISION_ARGUMENTS: ArgumentShape<ExportDecisionAsMadrArgs> = { line: 'line' };

/** What an export did: the files written, relative to the workspace folder. */
export type ExportResult = WriteResult & { readonly files?: readonly string[] };

/** Writes one decision as a numbered MADR file in the folder `sideProject.madrFolder` names, and opens it. */
export async function exportDecisionAsMadr(
  ctx: CommandContext,
  call: Invocation<ExportDecisionAsMadrArgs>,
  input: InputFlow,
): Promise<ExportResult> {
  begin(input, vscode.l10n.t('Export Decision as MADR'), call, ['line']);
  const found = await requireJournal(ctx, input, call, vscode.l10n.t("Which folder's journal has the decision?"));
  if (!found) return CANCELLED;
  const decisions = found.snapshot.journal.entries.filter((e) => e.kind === 'decision');
  let decision = entryFrom(found.snapshot, call);
  if (!decision) {
    const open = [...decisions].reverse().filter((d) => adrNumberOf(d) === undefined);
    if (open.length === 0) {
      input.hide();
      const none =
        decisions.length === 0
          ? vscode.l10n.t('No decisions logged yet.')
          : vscode.l10n.t('Every decision is exported already.');
      void vscode.window.showInformationMessage(none);
      return CANCELLED;
    }
    const picked = await input.ask([
      {
        type: 'pick',
        key: 'decision',
        prompt: vscode.l10n.t('Which decision?'),
        items: () =>
          open.map((e, i) => ({ label: e.title, description: `${e.date} · ${decisionStatus(e)}`, value: String(i) })),
      },
    ]);
    if (picked?.decision === undefined) return CANCELLED;
    decision = open[Number(picked.decision)];
  }
  input.hide();
  if (decision.kind !== 'decision') return refuse(vscode.l10n.t('"{0}" is not a decision', decision.title));
  const exported = adrNumberOf(decision);
  if (exported !== undefined) {
    return refuse(
      vscode.l10n.t(
        '"{0}" is exported already, as ADR-{1}: its file is kept as it is',
        decision.title,
        adrNumberText(exported),
      ),
    );
  }
  const result = await exportDecisions(ctx, found.store, [decision]);
  const file = result.files?.[0];
  if (file) await vscode.window.showTextDocument(vscode.Uri.joinPath(found.store.folder.uri, file), { preview: false });
  return result;
}

function refuse(message: string): ExportResult {
  void vscode.window.showErrorMessage(vscode.l10n.t('Nothing was exported: {0}', message));
  return { written: false, message };
}

/**
 * Writes `decisions` (in journal order) as MADR files numbered one past the highest in use, never over an
 * existing file, then records each number in its entry (`- ADR: NNNN`). Decisions linked to each other name
 * the numbers they get in this same run.
 */
export async function exportDecisions(
  ctx: CommandContext,
  store: JournalStore,
  decisions: readonly Entry[],
): Promise<ExportResult> {
  const setting = readSettings(store.folder).madrFolder;
  const problem = journalPathProblem(setting, 'sideProject.madrFolder');
  if (problem) return refuse(problem);
  const folder = vscode.Uri.joinPath(store.folder.uri, setting);
  const local = folder.scheme === 'file' ? ctx.host.localFiles : undefined;
  // The folder may not exist yet: a child's path is followed through every link on its way.
  const inside = vscode.Uri.joinPath(folder, 'x').fsPath;
  if (local && !(await local.isInsideFolder(store.folder.uri.fsPath, inside))) {
    return refuse(vscode.l10n.t('"{0}" (sideProject.madrFolder) leads outside the workspace folder', setting));
  }
  const snapshot = store.current;
  if (!snapshot) return refuse(vscode.l10n.t('the journal is not read yet'));
  let names: string[] = [];
  try {
    names = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name);
  } catch {
    // No folder yet: the first record is 0001.
  }
  // Past every number in use: the folder's files, and the numbers entries record (a file may have moved).
  const inUse = snapshot.journal.entries.map((e) => (e.kind === 'decision' ? (adrNumberOf(e) ?? 0) : 0));
  const first = Math.max(nextAdrNumber(names), Math.max(0, ...inUse) + 1);
  const numbers = new Map<Entry, number>(decisions.map((d, i) => [d, first + i]));
  const numberOf = (e: Entry) => numbers.get(e) ?? adrNumberOf(e);
  const files: string[] = [];
  const done: Entry[] = [];
  try {
    for (const decision of decisions) {
      const name = madrFileName(numbers.get(decision) as number, decision.title);
      const content = madrDocument(snapshot.text, snapshot.journal, decision, numberOf);
      await writeNew(ctx, vscode.Uri.joinPath(folder, name), content);
      files.push(`${setting.replace(/[/\\]+$/, '')}/${name}`);
      done.push(decision);
    }
  } catch (error) {
    // The files written so far keep their numbers in the journal below; the rest is said in one line.
    ctx.log.error(`MADR export stopped: ${String(error)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('The export stopped: {0}', (error as Error).message));
  }
  if (done.length === 0) return { written: false, message: 'nothing was exported', files };
  const typed = done.map((d) => `${d.title}: - ADR: ${adrNumberText(numbers.get(d) as number)}`).join('\n');
  const recorded = await writeOrKeep(ctx, vscode.l10n.t('The ADR numbers'), typed, () =>
    store.edit((text, journal) =>
      combineEdits(
        done.map((d) => {
          const current = findEntry({ uri: store.uri, text, journal }, d);
          if (!current) throw new Error(vscode.l10n.t('the decision "{0}" is no longer in the journal', d.title));
          return setMetadata(text, journal, current, 'ADR', adrNumberText(numbers.get(d) as number));
        }),
      ),
    ),
  );
  return { ...recorded, files };
}

/** Writes a file that must not exist yet: an existing one (a record written meanwhile) is never overwritten. */
async function writeNew(ctx: CommandContext, uri: vscode.Uri, content: string): Promise<void> {
  const bytes = new TextEncoder().encode(content);
  const local = ctx.host.localFiles;
  if (local && uri.scheme === 'file') {
    await local.createNewFile(uri.fsPath, bytes);
    return;
  }
  const exists = await vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
  if (exists) throw new Error(vscode.l10n.t('{0} exists already', vscode.workspace.asRelativePath(uri)));
  await vscode.workspace.fs.writeFile(uri, bytes);
}
