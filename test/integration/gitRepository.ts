// A real git repository for the git suites: made in the workspace folder by the test itself (git init,
// commits with fixed author and committer dates, a deploy tag), then opened by VS Code's own git extension.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export interface MadeCommit {
  readonly sha: string;
  /** The local time it was authored and committed, `YYYY-MM-DD HH:mm`. */
  readonly at: string;
}

/** Runs git in `root` with a fixed identity and no user or system configuration. */
export function git(root: string, args: readonly string[], env: Record<string, string> = {}): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...env },
  }).trim();
}

/**
 * Makes `root` a repository with one commit per local time in `times` (`YYYY-MM-DD HH:mm`), each changing a
 * file, and tags the commits named in `tags` (index into `times`). The journal stays untracked.
 */
export function makeRepository(
  root: string,
  times: readonly string[],
  tags: Record<string, number> = {},
): MadeCommit[] {
  git(root, ['init', '-q', '-b', 'main']);
  const commits = times.map((at, i) => {
    fs.writeFileSync(path.join(root, 'app.txt'), `version ${i + 1}\n`);
    git(root, ['add', 'app.txt']);
    // A local time without a zone: git reads it in the process's time zone, as the extension reads it back.
    const date = `${at.replace(' ', 'T')}:00`;
    git(root, ['commit', '-q', '-m', `change ${i + 1}`], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
    return { sha: git(root, ['rev-parse', 'HEAD']), at };
  });
  for (const [name, index] of Object.entries(tags)) git(root, ['tag', name, commits[index].sha]);
  return commits;
}

interface GitApiForTests {
  openRepository(root: vscode.Uri): Promise<unknown>;
}

/** Has the built-in git extension open the repository now, rather than when it next scans the folder. */
export async function openInGitExtension(root: vscode.Uri): Promise<void> {
  const extension = vscode.extensions.getExtension<{ getAPI(v: 1): GitApiForTests }>('vscode.git');
  if (!extension) throw new Error('the built-in git extension is missing');
  const exports = extension.isActive ? extension.exports : await extension.activate();
  await exports.getAPI(1).openRepository(root);
}
