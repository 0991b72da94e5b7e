// The settings' defaults, in a module without `vscode` so a plain-Node test can hold them against
// package.json's `contributes.configuration`.
export interface Settings {
  /** Where the journal lives, relative to its workspace folder. */
  readonly journalPath: string;
  readonly statusBarEnabled: boolean;
  /** Days without an entry before the project counts as stale; 0 turns nudges off. */
  readonly nudgeAfterDays: number;
  readonly launchTargetDays: number;
  /** Days with commits count as activity: not quiet for the stale rule, the drop and the nudge. */
  readonly gitCountCommits: boolean;
  /** Tags matching this pattern (for-each-ref's glob) count as deploys; empty turns it off. */
  readonly gitDeployTagPattern: string;
  /** Tasks whose end offers to log a deploy (exit code 0) or an incident (any other). */
  readonly deployTasks: readonly string[];
  /** Actions above the journal's entries in the editor (Resolve, Change Status, Show Dashboard). */
  readonly codeLensEnabled: boolean;
  /** Days after a decision that Log Decision proposes to review it; 0 never asks. */
  readonly decisionReviewDays: number;
  /** Where Export Decision as MADR writes, relative to the workspace folder. */
  readonly madrFolder: string;
}

export const SETTING_DEFAULTS: Settings = {
  journalPath: '.sideproject/journal.md',
  statusBarEnabled: true,
  nudgeAfterDays: 14,
  launchTargetDays: 30,
  gitCountCommits: true,
  gitDeployTagPattern: 'deploy-*',
  deployTasks: ['deploy'],
  codeLensEnabled: true,
  decisionReviewDays: 90,
  madrFolder: 'docs/decisions',
};

/** Each setting's id under the `sideProject` section. */
export const SETTING_KEYS: Record<keyof Settings, string> = {
  journalPath: 'journalPath',
  statusBarEnabled: 'statusBar.enabled',
  nudgeAfterDays: 'nudge.afterDays',
  launchTargetDays: 'launchTargetDays',
  gitCountCommits: 'git.countCommits',
  gitDeployTagPattern: 'git.deployTagPattern',
  deployTasks: 'deployTasks',
  codeLensEnabled: 'codeLens.enabled',
  decisionReviewDays: 'decisionReviewDays',
  madrFolder: 'madrFolder',
};
