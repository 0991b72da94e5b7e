import * as vscode from 'vscode';
import { journalStats, phaseLabel, PHASES, type Phase } from '../../core';
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

export interface SetPhaseArgs extends Target {
  readonly phase?: Phase;
  readonly body?: string;
}

export const SET_PHASE_ARGUMENTS: ArgumentShape<SetPhaseArgs> = { phase: PHASES, body: 'text' };

const PHASE_HINTS: Record<Phase, () => string> = {
  design: () => vscode.l10n.t('scope it small enough to ship in a month'),
  build: () => vscode.l10n.t('make the smallest thing that works'),
  deploy: () => vscode.l10n.t('get it onto a real URL'),
  operate: () => vscode.l10n.t('run it for real users'),
  maintain: () => vscode.l10n.t('keep it alive with little effort'),
};

export async function setPhase(
  ctx: CommandContext,
  call: Invocation<SetPhaseArgs>,
  input: InputFlow,
): Promise<WriteResult> {
  begin(input, vscode.l10n.t('Set Phase'), call, ['phase']);
  const found = await requireJournal(ctx, input, call, vscode.l10n.t("Which folder's journal changes phase?"));
  if (!found) return CANCELLED;
  const current = journalStats(found.snapshot.journal, ctx.clock.today()).lifecycle.currentPhase;
  // Enter moves the project on, never back: the phase after the current one (the last one stays).
  const next = PHASES[Math.min(PHASES.indexOf(current) + 1, PHASES.length - 1)];
  const answers = await input.ask(
    [
      {
        type: 'pick',
        key: 'phase',
        prompt: vscode.l10n.t('Move the project from {0} to…', current),
        items: () =>
          PHASES.map((p) => ({
            label: phaseLabel(p),
            description: p === current ? vscode.l10n.t('current') : PHASE_HINTS[p](),
            value: p,
          })),
        defaultValue: next,
        alwaysAsk: true,
      },
    ],
    { phase: call.args.phase },
    call.fromArguments,
  );
  if (!answers?.phase || !(PHASES as readonly string[]).includes(answers.phase)) return CANCELLED;
  const now = ctx.clock.localNow();
  return appendDraft(
    ctx,
    found.store,
    { kind: 'phase', date: now.date, time: now.time, title: answers.phase, body: call.args.body },
    vscode.l10n.t('The phase change'),
  );
}
