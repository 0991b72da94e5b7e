import type * as vscode from 'vscode';
import type { DashboardPanels } from '../dashboardPanel';
import { requireJournal, type CommandContext, type Target } from './commandContext';

/** Opens the dashboard of the journal the command applies to (one panel per journal, reused). */
export async function showDashboard(ctx: CommandContext & { readonly dashboards: DashboardPanels }, arg?: Target | unknown): Promise<vscode.WebviewPanel | undefined> {
  const found = await requireJournal(ctx, arg, 'dashboard');
  return found ? ctx.dashboards.show(found.store) : undefined;
}
