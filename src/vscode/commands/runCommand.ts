// How the extension's own views run its commands: by id, with the argument object that id takes, checked
// by the compiler (VS Code's executeCommand and a tree item's `arguments` accept anything).
import * as vscode from 'vscode';
import type { CommandArgs, CommandId } from './commandIds';

export function runCommand<K extends CommandId>(id: K, args?: CommandArgs[K]): Thenable<unknown> {
  return vscode.commands.executeCommand(id, args);
}

/** A command for a tree item or a status bar item: clicking it runs `id` with `args`. */
export function commandFor<K extends CommandId>(id: K, title: string, args?: CommandArgs[K]): vscode.Command {
  return { command: id, title, arguments: args === undefined ? undefined : [args] };
}
