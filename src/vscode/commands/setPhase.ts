import { journalStats, phaseLabel, PHASES, type Phase } from '../../core';
import { askSteps } from '../multiStepInput';
import { appendDraft } from './appendDraft';
import { CANCELLED, requireJournal, type CommandContext, type Target, type WriteResult } from './commandContext';

export interface SetPhaseArgs extends Target {
  readonly phase?: Phase;
  readonly body?: string;
}

const PHASE_HINTS: Record<Phase, string> = {
  design: 'scope it small enough to ship in a month',
  build: 'make the smallest thing that works',
  deploy: 'get it onto a real URL',
  operate: 'run it for real users',
  maintain: 'keep it alive with little effort',
};

export async function setPhase(ctx: CommandContext, args?: SetPhaseArgs): Promise<WriteResult> {
  const found = await requireJournal(ctx, args, 'changes phase');
  if (!found) return CANCELLED;
  const current = journalStats(found.snapshot.journal, ctx.clock.today()).lifecycle.currentPhase;
  const answers = await askSteps(
    'Set Phase',
    [
      {
        type: 'pick',
        key: 'phase',
        prompt: `Move the project from ${current} to…`,
        items: () => PHASES.map((p) => ({ label: phaseLabel(p), description: p === current ? 'current' : PHASE_HINTS[p], value: p })),
      },
    ],
    { phase: args?.phase },
    args !== undefined,
  );
  if (!answers?.phase || !(PHASES as readonly string[]).includes(answers.phase)) return CANCELLED;
  const now = ctx.clock.localNow();
  return appendDraft(ctx, found.store, { kind: 'phase', date: now.date, time: now.time, title: answers.phase, body: args?.body }, 'The phase change');
}
