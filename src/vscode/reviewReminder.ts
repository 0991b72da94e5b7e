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
import { OncePerKey } from './oncePerKey';

export class ReviewReminder extends Disposable {
  private readonly once: OncePerKey;

  /** True while a reminder waits for an answer: a second one never stacks on it. */
  get isShowing(): boolean {
    return this.once.isShowing;
  }

  constructor(
    state: vscode.Memento,
    private readonly journals: JournalWorkspace,
    private readonly stats: JournalStatsService,
    clock: Clock,
  ) {
    super();
    this.once = new OncePerKey(state, 'sideProject.remindedReviews', 200);
    this.register(journals.onDidChange((store) => void this.check(store)));
    this.register(clock.onDidChangeDay(() => void this.check(undefined)));
  }

  /** Reminds of the first due review not reminded of yet; says whether it did, and what was chosen. */
  async check(store: JournalStore | undefined): Promise<{ shown: boolean; choice?: string }> {
    if (this.once.isShowing) return { shown: false };
    for (const s of store ? [store] : this.journals.all) {
      const stats = this.stats.statsFor(s);
      if (!stats || stats.momentum.paused) continue;
      const keyOf = (r: (typeof stats.reviewsDue)[number]) =>
        `${s.folder.uri.toString()}#${r.entry.date} ${r.entry.title}#${r.reviewOn}`;
      const review = stats.reviewsDue.find((r) => !this.once.shown(keyOf(r)));
      if (!review) continue;
      return this.once.show(keyOf(review), async () => {
        const choice = await vscode.window.showInformationMessage(
          vscode.l10n.t('Time to look back on "{0}" ({1}): was it right?', review.entry.title, review.entry.date),
          vscode.l10n.t('Review Decision'),
        );
        if (choice) await runCommand(CommandId.ReviewDecision, { folder: s.folder.uri, line: review.entry.line });
        return { shown: true, choice };
      });
    }
    return { shown: false };
  }
}
