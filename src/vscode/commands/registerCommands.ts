// The commands: one file each, and this one place where their ids (commandIds.ts) meet their handlers.
import * as vscode from 'vscode';
import type { DashboardPanels } from '../dashboardPanel';
import { InputFlow } from '../multiStepInput';
import type { CommandContext } from './commandContext';
import { CommandId } from './commandIds';
import { copyMcpConfiguration } from './copyMcpConfiguration';
import { logDecision } from './logDecision';
import { logIncident } from './logIncident';
import { logNote } from './logNote';
import { markLaunched } from './markLaunched';
import { openJournal } from './openJournal';
import { pause } from './pause';
import { resolveIncident } from './resolveIncident';
import { resumeProject } from './resumeProject';
import { setDecisionStatus } from './setDecisionStatus';
import { setNextStep } from './setNextStep';
import { setPhase } from './setPhase';
import { showDashboard } from './showDashboard';
import { startJournal } from './startJournal';

/**
 * A command's handler: its raw argument and the run's input. The argument stays `unknown` here because VS Code
 * passes whatever the caller gave (a tree node, a URI, a keybinding's object or nothing); each handler parses
 * it with `begin`/`splitArgument` into the argument object its id takes (`CommandArgs` in commandIds.ts).
 */
type Handler = (
  ctx: CommandContext & { readonly dashboards: DashboardPanels; readonly extensionUri: vscode.Uri },
  arg: unknown,
  input: InputFlow,
) => Promise<unknown>;

const HANDLERS: Record<CommandId, Handler> = {
  [CommandId.StartJournal]: startJournal,
  [CommandId.LogDecision]: logDecision,
  [CommandId.LogIncident]: logIncident,
  [CommandId.ResolveIncident]: resolveIncident,
  [CommandId.LogNote]: logNote,
  [CommandId.SetPhase]: setPhase,
  [CommandId.MarkLaunched]: markLaunched,
  [CommandId.SetDecisionStatus]: setDecisionStatus,
  [CommandId.OpenJournal]: openJournal,
  [CommandId.ShowDashboard]: showDashboard,
  [CommandId.Pause]: pause,
  [CommandId.ResumeProject]: resumeProject,
  [CommandId.SetNextStep]: setNextStep,
  [CommandId.CopyMcpConfiguration]: copyMcpConfiguration,
};

export function registerCommands(
  ctx: CommandContext & { readonly dashboards: DashboardPanels; readonly extensionUri: vscode.Uri },
): vscode.Disposable[] {
  return Object.values(CommandId).map((id) =>
    vscode.commands.registerCommand(id, async (arg?: unknown) => {
      // Created here and handed over before the handler awaits anything: it can show its input at once.
      const input = new InputFlow();
      try {
        return await HANDLERS[id](ctx, arg, input);
      } finally {
        input.dispose();
      }
    }),
  );
}
