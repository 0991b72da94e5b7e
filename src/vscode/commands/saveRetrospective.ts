import * as vscode from 'vscode';
import { retrospectiveNoteTitle } from '../../core';
import type { JournalStore } from '../journalStore';
import type { InputFlow } from '../multiStepInput';
import { appendDraft } from './appendDraft';
import type { ArgumentShape } from './commandArguments';
import {
  CANCELLED,
  pickStore,
  type CommandContext,
  type Invocation,
  type Target,
  type WriteResult,
} from './commandContext';

export interface SaveRetrospectiveArgs extends Target {
  /** The retrospective's document (its URI); the active editor's when left out. */
  readonly document?: string;
}

export const SAVE_RETROSPECTIVE_ARGUMENTS: ArgumentShape<SaveRetrospectiveArgs> = { document: 'text' };

/** The journal each retrospective written in this window belongs to. */
const written = new WeakMap<vscode.TextDocument, JournalStore>();

export function rememberRetrospective(document: vscode.TextDocument, store: JournalStore): void {
  written.set(document, store);
}

const HEADING = /^# Retrospective: (.+?)[ \t]*$/;

/**
 * Keeps a retrospective in the journal: a `Note` titled `Retrospective: <scope>` (which "since the last
 * retrospective" starts from), its body the document below the heading, as the user left it.
 */
export async function saveRetrospective(
  ctx: CommandContext,
  call: Invocation<SaveRetrospectiveArgs>,
  input: InputFlow,
): Promise<WriteResult> {
  input.title = vscode.l10n.t('Save Retrospective to Journal');
  const wanted = call.args.document;
  const document = wanted
    ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === wanted)
    : vscode.window.activeTextEditor?.document;
  const text = document?.getText() ?? '';
  const [first, ...rest] = text.split(/\r?\n/);
  const heading = HEADING.exec(first ?? '');
  if (!document || !heading) {
    const message = document
      ? vscode.l10n.t('the document does not start with "# Retrospective: …": run Write Retrospective first')
      : vscode.l10n.t('no retrospective is open: run Write Retrospective first');
    void vscode.window.showErrorMessage(vscode.l10n.t('Nothing was saved: {0}', message));
    return { written: false, message };
  }
  const store =
    written.get(document) ??
    (await pickStore(ctx, input, call, vscode.l10n.t("Which folder's journal keeps the retrospective?")));
  if (!store) return CANCELLED;
  const now = ctx.clock.localNow();
  const result = await appendDraft(
    ctx,
    store,
    { kind: 'note', date: now.date, time: now.time, title: retrospectiveNoteTitle(heading[1]), body: rest.join('\n') },
    vscode.l10n.t('The retrospective'),
  );
  if (result.written) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Saved in the journal: Retrospective: {0}', heading[1]));
  }
  return result;
}
