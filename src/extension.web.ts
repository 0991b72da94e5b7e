// The entry point in the web worker extension host (package.json `browser`): vscode.dev, github.dev. No Node
// here: journals go through `workspace.fs`, and what needs Node (the local append path, the MCP server's
// configuration) is absent. What no start needs waits in dist/web/on-demand.js, fetched at its first use.
import sharedModules from 'side-project:shared-modules';
import * as vscode from 'vscode';
import { activateIn, type SideProjectApi } from './extension';
import type * as OnDemand from './onDemand';
import { ON_DEMAND_FILE, onDemandLoader, type Require } from './onDemandLoader';
import { directRegistrar } from './vscode/registrar';

export function activate(context: vscode.ExtensionContext): SideProjectApi {
  const file = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', ON_DEMAND_FILE).toString(true);
  const onDemand = onDemandLoader(sharedModules, (require) => evaluate(file, require));
  return activateIn(context, { onDemand, registrar: directRegistrar });
}

export function deactivate(): void {}

/**
 * Fetches a CommonJS script and runs it, as this host runs the extension's own `browser` script: it blocks
 * `importScripts`, its synchronous XHR never opens, and its `fetch` turns the extension's `file:` and
 * `vscode-remote:` URIs into ones the browser can reach.
 */
async function evaluate(url: string, require: Require): Promise<typeof OnDemand> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`.trim());
  const source = await response.text();
  const module = { exports: {} as typeof OnDemand };
  // The sourceURL names the script in the developer tools and in stack traces.
  const run = new Function('module', 'exports', 'require', `${source}\n//# sourceURL=${url}`);
  run(module, module.exports, require);
  return module.exports;
}
