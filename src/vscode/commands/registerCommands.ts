// The commands' ids, registered at activation; their handlers (commandHandlers.ts) are loaded at the first one
// that runs, so a start pays for a few hundred bytes of registration rather than every command's code.
import type * as vscode from 'vscode';
import type { Registrar } from '../registrar';
import type { CommandHandlers, Context } from './commandHandlers';
import { CommandId } from './commandIds';

export function registerCommands(
  registrar: Registrar,
  ctx: Context,
  handlers: () => Promise<CommandHandlers>,
): vscode.Disposable[] {
  return Object.values(CommandId).map((id) =>
    registrar.command(id, async (arg?: unknown) => (await handlers())[id](ctx, id, arg)),
  );
}
