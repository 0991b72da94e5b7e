// The entry point in the web worker extension host (package.json `browser`): vscode.dev, github.dev. No Node
// here: journals go through `workspace.fs`, and what needs Node (the local append path, the MCP server's
// configuration) is absent. That host loads a single script: what the Node host loads on demand is in it.
import type * as vscode from 'vscode';
import { activateIn, type SideProjectApi } from './extension';
import * as onDemand from './onDemand';

export function activate(context: vscode.ExtensionContext): SideProjectApi {
  return activateIn(context, { onDemand: async () => onDemand });
}

export function deactivate(): void {}
