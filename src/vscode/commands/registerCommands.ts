// The one place where command ids meet their handlers. Ids are the contract of the UX design.
import * as vscode from 'vscode';
import type { DashboardPanels } from '../dashboardPanel';
import type { CommandContext } from './commandContext';
import { logDecision } from './logDecision';
import { logIncident } from './logIncident';
import { logNote } from './logNote';
import { markLaunched } from './markLaunched';
import { openJournal } from './openJournal';
import { pause } from './pause';
import { resolveIncident } from './resolveIncident';
import { setDecisionStatus } from './setDecisionStatus';
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
} as const;

type Handler = (ctx: CommandContext & { readonly dashboards: DashboardPanels }, arg?: never) => Promise<unknown>;

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
};

export function registerCommands(ctx: CommandContext & { readonly dashboards: DashboardPanels }): vscode.Disposable[] {
  return Object.entries(COMMANDS).map(([name, id]) =>
    vscode.commands.registerCommand(id, (arg?: unknown) => HANDLERS[name as keyof typeof COMMANDS](ctx, arg as never)),
  );
}
