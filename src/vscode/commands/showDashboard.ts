import * as vscode from 'vscode';
import type { DashboardPanels } from '../dashboardPanel';
import type { InputFlow } from '../multiStepInput';
import { type CommandContext, type Target, type Invocation } from './commandContext';
import { requireJournal } from './requireJournal';

/** Opens the dashboard of the journal the command applies to (one panel per journal, reused). */
export async function showDashboard(
  ctx: CommandContext & { readonly dashboards: DashboardPanels },
  call: Invocation<Target>,
  input: InputFlow,
): Promise<vscode.WebviewPanel | undefined> {
  input.title = vscode.l10n.t('Show Dashboard');
  const found = await requireJournal(ctx, input, call, vscode.l10n.t("Which folder's journal dashboard?"));
  input.hide();
  return found ? ctx.dashboards.show(found.store) : undefined;
}
