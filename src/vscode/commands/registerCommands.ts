// The one place where command ids meet their handlers. Ids are the contract of the UX design.
import * as vscode from 'vscode';
import type { DashboardPanels } from '../dashboardPanel';
import { InputFlow } from '../multiStepInput';
import type { CommandContext } from './commandContext';
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

export const COMMANDS = {
  startJournal: 'sideProject.startJournal',
  logDecision: 'sideProject.logDecision',
  logIncident: 'sideProject.logIncident',
  resolveIncident: 'sideProject.resolveIncident',
  logNote: 'sideProject.logNote',
  setPhase: 'sideProject.setPhase',
  markLaunched: 'sideProject.markLaunched',
  setDecisionStatus: 'sideProject.setDecisionStatus',
  openJournal: 'sideProject.openJournal',
  showDashboard: 'sideProject.showDashboard',
  pause: 'sideProject.pause',
  resumeProject: 'sideProject.resumeProject',
  setNextStep: 'sideProject.setNextStep',
  copyMcpConfiguration: 'sideProject.copyMcpConfiguration',
} as const;

/** A command's handler: its raw argument (a tree node, an argument object or nothing) and the run's input. */
type Handler = (
  ctx: CommandContext & { readonly dashboards: DashboardPanels; readonly extensionUri: vscode.Uri },
  arg: unknown,
  input: InputFlow,
) => Promise<unknown>;

const HANDLERS: Record<keyof typeof COMMANDS, Handler> = {
  startJournal,
  logDecision,
  logIncident,
  resolveIncident,
  logNote,
  setPhase,
  markLaunched,
  setDecisionStatus,
  openJournal,
  showDashboard,
  pause,
  resumeProject,
  setNextStep,
  copyMcpConfiguration,
};

export function registerCommands(ctx: CommandContext & { readonly dashboards: DashboardPanels; readonly extensionUri: vscode.Uri }): vscode.Disposable[] {
  return Object.entries(COMMANDS).map(([name, id]) =>
    vscode.commands.registerCommand(id, async (arg?: unknown) => {
      // Created here and handed over before the handler awaits anything: it can show its input at once.
      const input = new InputFlow();
      try {
        return await HANDLERS[name as keyof typeof COMMANDS](ctx, arg, input);
      } finally {
        input.dispose();
      }
    }),
  );
}
