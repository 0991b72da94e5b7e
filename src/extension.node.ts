// The Node extension host's extension (dist/extension.js), which src/start.node.ts loads: the host with the local disk.
import type * as vscode from 'vscode';
import { activateIn, type SideProjectApi } from './extension';
import { appendToLocalFile, createNewFile, isInsideFolder, nodeRuntime } from './vscode/localFile';

export function activate(context: vscode.ExtensionContext): SideProjectApi {
  return activateIn(context, {
    localFiles: { isInsideFolder, append: appendToLocalFile, createNewFile, nodeRuntime: () => nodeRuntime() },
    pinnedNow: process.env.SIDE_PROJECT_NOW,
  });
}

export function deactivate(): void {}
