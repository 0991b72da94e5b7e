// Deploy tasks: when a task named in `sideProject.deployTasks` ends, one notification offers to log what
// happened: a deploy when it exited with 0 (its name as the title, HEAD as the commit), an incident when it
// failed. Nothing is written unless the user accepts; accepting logs it at once, as Log Deploy or Log Incident
// run with that argument object would.
import * as vscode from 'vscode';
import { CommandId, type CommandArgs } from './commands/commandIds';
import { runCommand } from './commands/runCommand';
import { Disposable } from './dispose';
import type { JournalStore } from './journalStore';
import type { JournalWorkspace } from './journalWorkspace';
import { readSettings } from './settings';

export interface DeployOffer {
  readonly message: string;
  /** The one button: Log Deploy after a success, Log Incident after a failure (in the display language). */
  readonly action: string;
  /** The argument object the command runs with when the button is chosen. */
  readonly args: CommandArgs[CommandId.LogDeploy] | CommandArgs[CommandId.LogIncident];
  /** Settles with the button chosen (undefined when dismissed) once the offer is answered and acted on. */
  readonly answered: Promise<string | undefined>;
}

export class DeployTasks extends Disposable {
  private readonly offered = this.register(new vscode.EventEmitter<DeployOffer>());
  /** Fires with each offer as it is shown. */
  readonly onDidOffer = this.offered.event;

  constructor(private readonly journals: JournalWorkspace) {
    super();
    this.register(vscode.tasks.onDidEndTaskProcess((e) => void this.offer(e.execution.task, e.exitCode)));
  }

  private async offer(task: vscode.Task, exitCode: number | undefined): Promise<void> {
    if (exitCode === undefined) return; // ended without a process exit (terminated): nothing to say
    const store = this.storeOf(task);
    if (!store || !readSettings(store.folder).deployTasks.includes(task.name)) return;
    if (!(await store.load())) return; // no journal: a deploy task in any project must not nag
    const folder = store.folder.uri;
    let offer: Omit<DeployOffer, 'answered'>;
    let run: () => Thenable<unknown>;
    if (exitCode === 0) {
      // The commit is Log Deploy's own default: HEAD, where git knows one.
      const args = { folder, title: task.name };
      const message = vscode.l10n.t('The task "{0}" finished. Log it as a deploy?', task.name);
      offer = { message, action: vscode.l10n.t('Log Deploy'), args };
      run = () => runCommand(CommandId.LogDeploy, args);
    } else {
      // The title goes into the journal: in its English, as every word the extension writes there.
      const args = { folder, title: `${task.name} failed (exit code ${exitCode})` };
      const message = vscode.l10n.t('The task "{0}" failed with exit code {1}. Log an incident?', task.name, exitCode);
      offer = { message, action: vscode.l10n.t('Log Incident'), args };
      run = () => runCommand(CommandId.LogIncident, args);
    }
    const answered = (async () => {
      const choice = await vscode.window.showInformationMessage(offer.message, offer.action);
      if (choice === offer.action) await run();
      return choice;
    })();
    this.offered.fire({ ...offer, answered });
    await answered;
  }

  /** The journal of the task's folder; a workspace task speaks for the first folder's. */
  private storeOf(task: vscode.Task): JournalStore | undefined {
    const scope = task.scope;
    if (scope && typeof scope === 'object') return this.journals.storeFor(scope.uri);
    return this.journals.all[0];
  }
}
