import * as vscode from 'vscode';
import type { InputFlow } from '../multiStepInput';
import type { ArgumentShape } from './commandArguments';
import { appendDraft } from './appendDraft';
import {
  begin,
  CANCELLED,
  type CommandContext,
  type Target,
  type WriteResult,
  type Invocation,
} from './commandContext';
import { requireJournal } from './requireJournal';
import { offerNextStep } from './setNextStep';

export interface LogNoteArgs extends Target {
  readonly text?: string;
  readonly body?: string;
}

export const LOG_NOTE_ARGUMENTS: ArgumentShape<LogNoteArgs> = { text: 'text', body: 'text' };

export async function logNote(
  ctx: CommandContext,
  call: Invocation<LogNoteArgs>,
  input: InputFlow,
): Promise<WriteResult> {
  begin(input, vscode.l10n.t('Log Progress Note'), call, ['text']);
  const found = await requireJournal(ctx, input, call, vscode.l10n.t("Which folder's journal gets the note?"));
  if (!found) return CANCELLED;
  const answers = await input.ask(
    [
      {
        type: 'text',
        key: 'text',
        prompt: vscode.l10n.t('One line of progress'),
        placeholder: vscode.l10n.t('e.g. Checker loop works against three test URLs'),
      },
    ],
    { text: call.args.text },
    call.fromArguments,
  );
  if (!answers?.text) return CANCELLED;
  const now = ctx.clock.localNow();
  const result = await appendDraft(
    ctx,
    found.store,
    { kind: 'note', date: now.date, time: now.time, title: answers.text, body: call.args.body },
    vscode.l10n.t('The note'),
  );
  if (result.written) await offerNextStep(ctx, input, found.store);
  return result;
}
