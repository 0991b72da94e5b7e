import * as vscode from 'vscode';
import { launchCelebration, lifecycle } from '../../core';
import type { InputFlow } from '../multiStepInput';
import type { ArgumentShape } from './commandArguments';
import { readSettings } from '../settings';
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

export interface MarkLaunchedArgs extends Target {
  /** What went live, e.g. its URL. */
  readonly title?: string;
  readonly body?: string;
}

export const MARK_LAUNCHED_ARGUMENTS: ArgumentShape<MarkLaunchedArgs> = { title: 'text', body: 'text' };

export async function markLaunched(
  ctx: CommandContext,
  call: Invocation<MarkLaunchedArgs>,
  input: InputFlow,
): Promise<WriteResult> {
  begin(input, vscode.l10n.t('Mark as Launched'), call, ['title']);
  const found = await requireJournal(ctx, input, call, vscode.l10n.t("Which folder's journal launched?"));
  if (!found) return CANCELLED;
  const answers = await input.ask(
    [
      {
        type: 'text',
        key: 'title',
        prompt: vscode.l10n.t('What went live?'),
        placeholder: vscode.l10n.t('e.g. uptime.example.dev is live'),
      },
    ],
    { title: call.args.title },
    call.fromArguments,
  );
  if (!answers?.title) return CANCELLED;
  const now = ctx.clock.localNow();
  const result = await appendDraft(
    ctx,
    found.store,
    { kind: 'launch', date: now.date, time: now.time, title: answers.title, body: call.args.body },
    vscode.l10n.t('The launch'),
  );
  const journal = found.store.current?.journal;
  if (result.written && journal) {
    void vscode.window.showInformationMessage(
      launchCelebration(lifecycle(journal, now.date, readSettings(found.store.folder).launchTargetDays)),
    );
  }
  if (result.written) await offerNextStep(ctx, input, found.store);
  return result;
}
