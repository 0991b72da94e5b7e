// When a decision's review day comes, say so once: one quiet notification per due decision, offering Review
// Decision. Never while the project is paused, and never twice for one review day, even after a reload.
import * as vscode from 'vscode';
import type { Clock } from './clock';
import { CommandId } from './commands/commandIds';
import { runCommand } from './commands/runCommand';
import { Disposable } from './dispose';
import type { JournalStatsService } from './journalStatsService';
import type { JournalStore } from './journalStore';
import type { JournalWorkspace } from './journalWorkspace';

const REMINDED_KEY = 'sideProject.remindedReviews';

export class ReviewReminder extends Disposable {
  private showing = false;

  /** True while a reminder waits for an answer: a second one never stacks on it. */
  get isShowing(): boolean {
    return this.showing;
  }

  constructor(
    private readonly state: vscode.Memento,
    private readonly journals: JournalWorkspace,
    private readonly stats: JournalStatsService,
    clock: Clock,
  ) {
    super();
    this.register(journals.onDidChange((store) => void this.check(store)));
    this.register(clock.onDidChangeDay(() => void this.check(undefined)));
  }

  /** Reminds of the first due review not reminded of yet; says whether it did, and what was chosen. */
  async check(store: JournalStore | undefined): Promise<{ shown: boolean; choice?: string }> {
    if (this.showing) return { shown: false };
    for (const s of store ? [store] : this.journals.all) {
      const stats = this.stats.statsFor(s);
      if (!stats || stats.momentum.paused) continue;
      const reminded = this.state.get<string[]>(REMINDED_KEY, []);
      const review = stats.reviewsDue.find(
        (r) => !reminded.includes(`${s.folder.uri.toString()}#${r.entry.date} ${r.entry.title}#${r.reviewOn}`),
      );
      if (!review) continue;
      const key = `${s.folder.uri.toString()}#${review.entry.date} ${review.entry.title}#${review.reviewOn}`;
      // Remembered before it is shown: dismissed once (or seen in another window) is enough.
      await this.state.update(REMINDED_KEY, [...reminded.slice(-199), key]);
      this.showing = true;
      try {
        const choice = await vscode.window.showInformationMessage(
          `Time to look back on "${review.entry.title}" (${review.entry.date}): was it right?`,
          'Review Decision',
        );
        if (choice) await runCommand(CommandId.ReviewDecision, { folder: s.folder.uri, line: review.entry.line });
        return { shown: true, choice };
      } finally {
        this.showing = false;
      }
    }
    return { shown: false };
  }
}
