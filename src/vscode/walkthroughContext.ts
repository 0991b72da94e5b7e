// Sets the context keys the walkthrough's steps complete on (package.json, completionEvents
// `onContext:sideProject.walkthrough.<step>`), from what the workspace's journals hold, whenever one changes.
import * as vscode from 'vscode';
import { WALKTHROUGH_CONTEXT_PREFIX, WALKTHROUGH_STEPS, walkthroughProgress, type WalkthroughProgress } from '../core';
import type { Clock } from './clock';
import type { JournalWorkspace } from './journalWorkspace';
import { Disposable } from './dispose';
import type { JournalStatsService } from './journalStatsService';

export class WalkthroughContext extends Disposable {
  /** The values last set; VS Code has no getter for context keys, so tests read them here. */
  progress: WalkthroughProgress | undefined;

  constructor(
    private readonly journals: JournalWorkspace,
    private readonly stats: JournalStatsService,
    clock: Clock,
  ) {
    super();
    this.register(journals.onDidChange(() => void this.update()));
    this.register(clock.onDidChangeDay(() => void this.update()));
  }

  /** Computes the progress from the journals as read now, and sets the keys whose value changed. */
  async update(): Promise<WalkthroughProgress> {
    const read = this.journals.all.flatMap((store) => {
      const stats = this.stats.statsFor(store);
      const journal = store.current?.journal;
      return journal && stats ? [{ journal, stats }] : [];
    });
    const next = walkthroughProgress(read);
    const before = this.progress;
    this.progress = next;
    await Promise.all(
      WALKTHROUGH_STEPS.filter((step) => before?.[step] !== next[step]).map((step) =>
        vscode.commands.executeCommand('setContext', `${WALKTHROUGH_CONTEXT_PREFIX}${step}`, next[step]),
      ),
    );
    return next;
  }
}
