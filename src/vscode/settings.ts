// Reads the settings, the one place that does: each folder's `sideProject` section mapped to a typed,
// clamped object. Keys and defaults live in settingDefaults.ts, where a plain-Node test can see them.
import * as vscode from 'vscode';
import { SETTING_DEFAULTS, SETTING_KEYS, type Settings } from './settingDefaults';

export const SECTION = 'sideProject';

/** The settings for a folder (journalPath is per folder), mapped once to a typed object. */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const get = <K extends keyof Settings>(key: K): Settings[K] =>
    config.get<Settings[K]>(SETTING_KEYS[key], SETTING_DEFAULTS[key]);
  return {
    journalPath: pathIn(config, 'journalPath'),
    statusBarEnabled: get('statusBarEnabled'),
    nudgeAfterDays: Math.max(0, Math.floor(get('nudgeAfterDays'))),
    launchTargetDays: Math.max(1, Math.floor(get('launchTargetDays'))),
    gitCountCommits: get('gitCountCommits') !== false,
    gitDeployTagPattern: typeof get('gitDeployTagPattern') === 'string' ? get('gitDeployTagPattern') : '',
    deployTasks: Array.isArray(get('deployTasks')) ? get('deployTasks').filter((t) => typeof t === 'string') : [],
    codeLensEnabled: get('codeLensEnabled'),
    decisionReviewDays: Math.max(0, Math.floor(get('decisionReviewDays'))),
    madrFolder: pathIn(config, 'madrFolder'),
  };
}

/** A folder's `journalPath` alone: what the Node host's start reads, before the extension is loaded. */
export function readJournalPath(folder: vscode.WorkspaceFolder): string {
  return pathIn(vscode.workspace.getConfiguration(SECTION, folder), 'journalPath');
}

/**
 * A path setting, trimmed; its default when blank or not a string. VS Code hands a `null` (or any JSON value)
 * written in settings.json through as it is; only an absent one becomes the default.
 */
function pathIn(config: vscode.WorkspaceConfiguration, key: 'journalPath' | 'madrFolder'): string {
  const value: unknown = config.get(SETTING_KEYS[key]);
  return (typeof value === 'string' && value.trim()) || SETTING_DEFAULTS[key];
}
