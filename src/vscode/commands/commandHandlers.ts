// The commands' handlers: one file each, and this one place where their ids (commandIds.ts) meet their guards.
// Loaded at the first command a user runs, not at start (src/onDemand.ts): registerCommands.ts registers the
// ids at activation without them.
import * as vscode from 'vscode';
import type { DashboardPanels } from '../dashboardPanel';
import type { GitActivity } from '../git/gitActivity';
import { InputFlow } from '../multiStepInput';
import { NO_ARGUMENTS, type ArgumentShape } from './commandArguments';
import { splitArgument, type CommandContext, type Invocation, type Target, type WriteResult } from './commandContext';
import { CommandId } from './commandIds';
import { copyMcpConfiguration } from './copyMcpConfiguration';
import { exportAllDecisionsAsMadr } from './exportAllDecisionsAsMadr';
import { EXPORT_DECISION_ARGUMENTS, exportDecisionAsMadr } from './exportDecisionAsMadr';
import { REVIEW_DECISION_ARGUMENTS, reviewDecision } from './reviewDecision';
import { SAVE_RETROSPECTIVE_ARGUMENTS, saveRetrospective } from './saveRetrospective';
import { TOGGLE_DONE_ITEM_ARGUMENTS, toggleDoneItem } from './toggleDoneItem';
import { WRITE_RETROSPECTIVE_ARGUMENTS, writeRetrospective } from './writeRetrospective';
import { LOG_DECISION_ARGUMENTS, logDecision } from './logDecision';
import { LOG_DEPLOY_ARGUMENTS, logDeploy } from './logDeploy';
import { LOG_INCIDENT_ARGUMENTS, logIncident } from './logIncident';
import { LOG_NOTE_ARGUMENTS, logNote } from './logNote';
import { MARK_LAUNCHED_ARGUMENTS, markLaunched } from './markLaunched';
import { OPEN_JOURNAL_ARGUMENTS, openJournal } from './openJournal';
import { PAUSE_ARGUMENTS, pause } from './pause';
import { RESOLVE_INCIDENT_ARGUMENTS, resolveIncident } from './resolveIncident';
import { resumeProject } from './resumeProject';
import { SET_DECISION_STATUS_ARGUMENTS, setDecisionStatus } from './setDecisionStatus';
import { SET_NEXT_STEP_ARGUMENTS, setNextStep } from './setNextStep';
import { SET_PHASE_ARGUMENTS, setPhase } from './setPhase';
import { showDashboard } from './showDashboard';
import { START_JOURNAL_ARGUMENTS, startJournal } from './startJournal';

/** What the handlers get besides the CommandContext: the views and services some of them use. */
export type Context = CommandContext & {
  readonly dashboards: DashboardPanels;
  readonly extensionUri: vscode.Uri;
  readonly git: GitActivity;
};

/** What VS Code calls: the raw argument, whatever the caller gave (a tree node, a URI, an object or nothing). */
export type Registered = (ctx: Context, id: CommandId, arg: unknown) => Promise<unknown>;

/**
 * A command's handler behind its guard: the raw argument is split and checked against the command's shape,
 * and only a valid one reaches the handler, typed as the argument object the command takes. A refused one
 * is said in one error message naming the command, and nothing is asked or written.
 */
function guarded<A extends Target>(
  shape: ArgumentShape<A>,
  handler: (ctx: Context, call: Invocation<A>, input: InputFlow) => Promise<unknown>,
): Registered {
  return async (ctx, id, arg) => {
    const call = splitArgument(arg, shape);
    if ('refused' in call) {
      const message = `The argument of ${id} was refused: ${call.refused}.`;
      ctx.log.warn(message);
      void vscode.window.showErrorMessage(message);
      return { written: false, message } satisfies WriteResult;
    }
    // Created here and handed over before the handler awaits anything: it can show its input at once.
    const input = new InputFlow();
    try {
      return await handler(ctx, call, input);
    } finally {
      input.dispose();
    }
  };
}

export type CommandHandlers = Readonly<Record<CommandId, Registered>>;

export const COMMAND_HANDLERS: CommandHandlers = {
  [CommandId.StartJournal]: guarded(START_JOURNAL_ARGUMENTS, startJournal),
  [CommandId.LogDecision]: guarded(LOG_DECISION_ARGUMENTS, logDecision),
  [CommandId.LogIncident]: guarded(LOG_INCIDENT_ARGUMENTS, logIncident),
  [CommandId.ResolveIncident]: guarded(RESOLVE_INCIDENT_ARGUMENTS, resolveIncident),
  [CommandId.LogNote]: guarded(LOG_NOTE_ARGUMENTS, logNote),
  [CommandId.SetPhase]: guarded(SET_PHASE_ARGUMENTS, setPhase),
  [CommandId.MarkLaunched]: guarded(MARK_LAUNCHED_ARGUMENTS, markLaunched),
  [CommandId.SetDecisionStatus]: guarded(SET_DECISION_STATUS_ARGUMENTS, setDecisionStatus),
  [CommandId.OpenJournal]: guarded(OPEN_JOURNAL_ARGUMENTS, openJournal),
  [CommandId.ShowDashboard]: guarded(NO_ARGUMENTS, showDashboard),
  [CommandId.Pause]: guarded(PAUSE_ARGUMENTS, pause),
  [CommandId.ResumeProject]: guarded(NO_ARGUMENTS, resumeProject),
  [CommandId.SetNextStep]: guarded(SET_NEXT_STEP_ARGUMENTS, setNextStep),
  [CommandId.CopyMcpConfiguration]: guarded(NO_ARGUMENTS, copyMcpConfiguration),
  [CommandId.LogDeploy]: guarded(LOG_DEPLOY_ARGUMENTS, logDeploy),
  [CommandId.ReviewDecision]: guarded(REVIEW_DECISION_ARGUMENTS, reviewDecision),
  [CommandId.ToggleDoneItem]: guarded(TOGGLE_DONE_ITEM_ARGUMENTS, toggleDoneItem),
  [CommandId.WriteRetrospective]: guarded(WRITE_RETROSPECTIVE_ARGUMENTS, writeRetrospective),
  [CommandId.SaveRetrospective]: guarded(SAVE_RETROSPECTIVE_ARGUMENTS, saveRetrospective),
  [CommandId.ExportDecisionAsMadr]: guarded(EXPORT_DECISION_ARGUMENTS, exportDecisionAsMadr),
  [CommandId.ExportAllDecisionsAsMadr]: guarded(NO_ARGUMENTS, exportAllDecisionsAsMadr),
};
