import * as vscode from 'vscode';
import { isCalendarDay, PHASES, retrospective, retrospectiveScopes, type RetrospectiveScope } from '../../core';
import type { InputFlow } from '../multiStepInput';
import type { ArgumentShape } from './commandArguments';
import { begin, CANCELLED, type CommandContext, type Invocation, type Target } from './commandContext';
import { CommandId } from './commandIds';
import { requireJournal } from './requireJournal';
import { runCommand } from './runCommand';
import { rememberRetrospective } from './saveRetrospective';

export interface WriteRetrospectiveArgs extends Target {
  /** `project`, `since-last`, a phase (`build`) or a calendar month (`2026-11`); without it, the user picks. */
  readonly scope?: string;
}

export const WRITE_RETROSPECTIVE_ARGUMENTS: ArgumentShape<WriteRetrospectiveArgs> = { scope: 'text' };

/** A scope as an argument object writes it, or undefined when it names none. */
function scopeNamed(name: string): RetrospectiveScope | undefined {
  if (name === 'project') return { kind: 'project' };
  if (name === 'since-last') return { kind: 'sinceLast' };
  if ((PHASES as readonly string[]).includes(name)) return { kind: 'phase', phase: name as (typeof PHASES)[number] };
  if (/^\d{4}-\d{2}$/.test(name) && isCalendarDay(`${name}-01`)) return { kind: 'month', month: name };
  return undefined;
}

/**
 * Writes the retrospective of a scope into an untitled markdown editor, for the user to read, answer and
 * change; "Save to Journal" (or Save Retrospective to Journal) keeps it as a note.
 */
export async function writeRetrospective(
  ctx: CommandContext,
  call: Invocation<WriteRetrospectiveArgs>,
  input: InputFlow,
): Promise<vscode.TextEditor | { readonly written: false; readonly message: string }> {
  begin(input, vscode.l10n.t('Write Retrospective'), call, ['scope']);
  const found = await requireJournal(ctx, input, call, vscode.l10n.t("Which folder's journal is looked back on?"));
  if (!found) return CANCELLED as { written: false; message: string };
  const today = ctx.clock.today();
  let scope: RetrospectiveScope | undefined;
  if (call.args.scope !== undefined) {
    scope = scopeNamed(String(call.args.scope));
    if (!scope) {
      const message = vscode.l10n.t(
        '"{0}" is not a scope: project, since-last, a phase ({1}) or a month written YYYY-MM',
        String(call.args.scope),
        PHASES.join(', '),
      );
      input.hide();
      void vscode.window.showErrorMessage(vscode.l10n.t('No retrospective was written: {0}', message));
      return { written: false, message };
    }
  } else {
    const choices = retrospectiveScopes(found.snapshot.journal, today);
    const picked = await input.ask([
      {
        type: 'pick',
        key: 'scope',
        prompt: vscode.l10n.t('Which period?'),
        items: () => choices.map((c, i) => ({ label: c.label, description: c.description, value: String(i) })),
      },
    ]);
    if (picked?.scope === undefined) return CANCELLED as { written: false; message: string };
    scope = choices[Number(picked.scope)].scope;
  }
  input.hide();
  const { text, journal } = found.snapshot;
  const written = retrospective(text, journal, today, scope);
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: written.markdown });
  rememberRetrospective(document, found.store);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  void vscode.window
    .showInformationMessage(
      vscode.l10n.t(
        'Retrospective: {0}. Answer its last question, then keep it in the journal as a note.',
        written.label,
      ),
      vscode.l10n.t('Save to Journal'),
    )
    .then((choice) => choice && runCommand(CommandId.SaveRetrospective, { document: document.uri.toString() }));
  return editor;
}
