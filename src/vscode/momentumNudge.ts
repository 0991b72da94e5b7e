// The one nudge: when a project goes quiet, say so once per quiet spell, with ways forward (log a note, or
// name the next step so the next session starts without deciding), a way to rest (pause) and a way out
// (don't show again). A paused project is never nudged.
import * as vscode from 'vscode';
import type { Clock } from './clock';
import type { JournalStore } from './journalStore';
import type { JournalWorkspace } from './journalWorkspace';
import { CommandId } from './commands/commandIds';
import { runCommand } from './commands/runCommand';
import { Disposable } from './dispose';
import { OncePerKey } from './oncePerKey';
import type { GitActivity } from './git/gitActivity';
import type { JournalStatsService } from './journalStatsService';
import { readSettings } from './settings';

const NEVER_KEY = 'sideProject.nudgesOff';

export class MomentumNudge extends Disposable {
  private readonly once: OncePerKey;

  /** True while a nudge waits for an answer: a second one never stacks on it. */
  get isShowing(): boolean {
    return this.once.isShowing;
  }

  constructor(
    private readonly state: vscode.Memento,
    private readonly journals: JournalWorkspace,
    private readonly stats: JournalStatsService,
    clock: Clock,
    private readonly git: GitActivity,
  ) {
    super();
    this.once = new OncePerKey(state, 'sideProject.nudgedSpells', 50);
    this.register(journals.onDidChange((store) => void this.check(store)));
    this.register(clock.onDidChangeDay(() => void this.check(undefined)));
  }

  /** Shows the nudge for the first store in a new quiet spell; says whether it did, and what was chosen. */
  async check(store: JournalStore | undefined): Promise<{ shown: boolean; choice?: string }> {
    if (this.once.isShowing || this.state.get<boolean>(NEVER_KEY)) return { shown: false };
    for (const s of store ? [store] : this.journals.all) {
      // A project that commits but logs nothing is not quiet: nudge only once git has had its say.
      await this.git.settled(s);
      if (this.once.isShowing) return { shown: false };
      const stats = this.stats.statsFor(s);
      if (!stats || readSettings(s.folder).nudgeAfterDays === 0) continue;
      const m = stats.momentum;
      if (!m.stale || m.paused || !m.spell) continue;
      const key = `${s.folder.uri.toString()}#${m.spell}`;
      if (this.once.shown(key)) continue;
      return this.once.show(key, async () => {
        const days = m.daysSinceLastActivity ?? 0;
        const project = s.current?.journal.charter.project ?? s.folder.name;
        const [logNote, setNextStep, pause, never] = [
          vscode.l10n.t('Log Progress Note'),
          vscode.l10n.t('Set Next Step'),
          vscode.l10n.t('Pause Project'),
          vscode.l10n.t("Don't Show Again"),
        ];
        const choice = await vscode.window.showInformationMessage(
          vscode.l10n.t(
            '{0} has been quiet for {1} days. One line of progress keeps it moving; a pause is fine too.',
            project,
            days,
          ),
          logNote,
          setNextStep,
          pause,
          never,
        );
        const folder = { folder: s.folder.uri };
        if (choice === logNote) await runCommand(CommandId.LogNote, folder);
        else if (choice === setNextStep) await runCommand(CommandId.SetNextStep, folder);
        else if (choice === pause) await runCommand(CommandId.Pause, folder);
        else if (choice === never) await this.state.update(NEVER_KEY, true);
        return { shown: true, choice };
      });
    }
    return { shown: false };
  }
}
