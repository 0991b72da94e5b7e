import * as vscode from 'vscode';
import { resolveIncident as resolveInText } from '../../core';
import { askSteps } from '../multiStepInput';
import { CANCELLED, entryFrom, findEntry, isArgumentObject, requireJournal, writeOrKeep, type CommandContext, type Target, type WriteResult } from './commandContext';

export interface ResolveIncidentArgs extends Target {
  /** The incident's heading line (0-based); without it, the user picks among the open ones. */
  readonly line?: number;
  readonly rootCause?: string;
  readonly fix?: string;
  readonly lesson?: string;
}

export async function resolveIncident(ctx: CommandContext, arg?: ResolveIncidentArgs | unknown): Promise<WriteResult> {
  const found = await requireJournal(ctx, arg, 'has the incident');
  if (!found) return CANCELLED;
  const args = (arg ?? {}) as ResolveIncidentArgs;
  const open = found.snapshot.journal.entries.filter((e) => e.kind === 'incident' && !/^resolved$/i.test(e.metadata.find((m) => /^status$/i.test(m.key))?.value ?? ''));
  let incident = entryFrom(found.snapshot, arg);
  if (!incident) {
    if (open.length === 0) {
      void vscode.window.showInformationMessage('No open incidents. Long may it last.');
      return CANCELLED;
    }
    const picked = await vscode.window.showQuickPick(
      [...open].reverse().map((e) => ({ label: e.title, description: `${e.date}${e.time ? ` ${e.time}` : ''}`, entry: e })),
      { title: 'Resolve Incident', placeHolder: 'Which incident is resolved?' },
    );
    if (!picked) return CANCELLED;
    incident = picked.entry;
  }
  if (incident.kind !== 'incident') return { written: false, message: `"${incident.title}" is not an incident` };
  const answers = await askSteps(
    `Resolve: ${incident.title}`,
    [
      { type: 'text', key: 'rootCause', prompt: 'Root cause', placeholder: 'Why did it happen?' },
      { type: 'text', key: 'fix', prompt: 'Fix', placeholder: 'What made it work again?' },
      { type: 'text', key: 'lesson', prompt: 'Lesson', placeholder: 'What will you do differently?', optional: true },
    ],
    { rootCause: args.rootCause, fix: args.fix, lesson: args.lesson },
    isArgumentObject(arg),
  );
  if (!answers) return CANCELLED;
  const now = ctx.clock.localNow();
  const wanted = incident;
  const typed = `Root cause: ${answers.rootCause ?? ''}\nFix: ${answers.fix ?? ''}\nLesson: ${answers.lesson ?? ''}`;
  return writeOrKeep(ctx, 'The resolution', typed, () =>
    found.store.edit((text, journal) => {
      // Re-found in the text as it is now: the file may have changed while the questions were open.
      const current = findEntry({ uri: found.store.uri, text, journal }, wanted);
      if (!current) throw new Error(`the incident "${wanted.title}" is no longer in the journal`);
      return resolveInText(text, journal, current, { date: now.date, time: now.time, rootCause: answers.rootCause, fix: answers.fix, lesson: answers.lesson });
    }),
  );
}
