import * as vscode from 'vscode';
import { mcpServerConfiguration } from '../../core';
import type { InputFlow } from '../multiStepInput';
import { pickStore, type CommandContext, type Target, type Invocation } from './commandContext';

/**
 * Puts on the clipboard what an MCP client (Claude Code, Cursor, …) needs to start this folder's journal
 * server: the installed extension's own `dist/cli.js`, run by a `node` on the PATH or, where there is none,
 * by VS Code's own executable as Node.
 */
export async function copyMcpConfiguration(
  ctx: CommandContext & { readonly extensionUri: vscode.Uri },
  call: Invocation<Target>,
  input: InputFlow,
): Promise<string | undefined> {
  input.title = vscode.l10n.t('Copy MCP Server Configuration');
  const local = ctx.host.localFiles;
  if (!local) {
    // The web worker host: no disk and no `node` (the palette hides the command there; a caller may not).
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'The MCP server runs with Node on your machine: copy its configuration from VS Code on the desktop.',
      ),
    );
    return undefined;
  }
  const store = await pickStore(ctx, input, call, vscode.l10n.t("Which folder's journal should the MCP server serve?"));
  input.hide();
  if (!store) return undefined;
  const cli = vscode.Uri.joinPath(ctx.extensionUri, 'dist', 'cli.js').fsPath;
  const configuration = JSON.stringify(mcpServerConfiguration(local.nodeRuntime(), cli, store.uri.fsPath), null, 2);
  await vscode.env.clipboard.writeText(configuration);
  void vscode.window.showInformationMessage(
    vscode.l10n.t(
      "Copied the MCP server configuration: paste it into your MCP client's settings ({0}).",
      'Claude Code: .mcp.json; Cursor: .cursor/mcp.json',
    ),
  );
  return configuration;
}
