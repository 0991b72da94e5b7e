import * as vscode from 'vscode';
import {
  isOpenIncident,
  metadataValue,
  parseDayAndTime,
  resolveIncident as resolveInText,
  type Entry,
} from '../../core';
import type { InputFlow } from '../multiStepInput';
import type { ArgumentShape } from './commandArguments';
import {
  begin,
  CANCELLED,
  entryFrom,
  findEntry,
  writeOrKeep,
  type CommandContext,
  type Target,
  type WriteResult,
  type Invocation,
} from './commandContext';
import { requireJournal } from './requireJournal';
import { validateResolvedAt } from './validation';

export interface ResolveIncidentArgs extends Target {
  /** The incident's heading line (0-based); without it, the user picks among the open ones. */
  readonly line?: number;
  readonly rootCause?: string;
  readonly fix?: string;
  readonly lesson?: string;
  /** `YYYY-MM-DD HH:mm`, not before the incident was detected; default now. */
  readonly resolved?: string;
}

export const RESOLVE_INCIDENT_ARGUMENTS: ArgumentShape<ResolveIncidentArgs> = {
  line: 'line',
  rootCause: 'text',
  fix: 'text',
  lesson: 'text',
  resolved: 'text',
};

export async function resolveIncident(
  ctx: CommandContext,
  call: Invocation<ResolveIncidentArgs>,
  input: InputFlow,
): Promise<WriteResult> {
  begin(input, 'Resolve Incident', call, ['line', 'rootCause', 'fix']);
  const args = call.args;
  const found = await requireJournal(ctx, input, call, 'has the incident');
  if (!found) return CANCELLED;
  const open = found.snapshot.journal.entries.filter(isOpenIncident);
  let incident = entryFrom(found.snapshot, call);
  if (!incident) {
    if (open.length === 0) {
      input.hide();
      void vscode.window.showInformationMessage('No open incidents. Long may it last.');
      return CANCELLED;
    }
    const newestFirst = [...open].reverse();
    const picked = await input.ask([
      {
        type: 'pick',
        key: 'incident',
        prompt: 'Which incident is resolved?',
        items: () =>
          newestFirst.map((e, i) => ({
            label: e.title,
            description: `${e.date}${e.time ? ` ${e.time}` : ''}`,
            value: String(i),
          })),
      },
    ]);
    if (picked?.incident === undefined) return CANCELLED;
    incident = newestFirst[Number(picked.incident)];
  }
  if (incident.kind !== 'incident') return { written: false, message: `"${incident.title}" is not an incident` };
  const now = ctx.clock.localNow();
  const validateResolved = validateResolvedAt(detectedAt(incident));
  if (args.resolved !== undefined && validateResolved(args.resolved)) {
    const message = `Resolved at "${args.resolved}": ${validateResolved(args.resolved)}`;
    input.hide();
    void vscode.window.showErrorMessage(`The resolution was not saved. ${message}`);
    return { written: false, message };
  }
  input.title = `Resolve: ${incident.title}`;
  const answers = await input.ask(
    [
      { type: 'text', key: 'rootCause', prompt: 'Root cause', placeholder: 'Why did it happen?' },
      { type: 'text', key: 'fix', prompt: 'Fix', placeholder: 'What made it work again?' },
      { type: 'text', key: 'lesson', prompt: 'Lesson', placeholder: 'What will you do differently?', optional: true },
      {
        type: 'text',
        key: 'resolved',
        prompt: 'Resolved at (YYYY-MM-DD HH:mm)',
        value: () => `${now.date} ${now.time}`,
        validate: validateResolved,
      },
    ],
    { rootCause: args.rootCause, fix: args.fix, lesson: args.lesson, resolved: args.resolved },
    call.fromArguments,
  );
  if (!answers) return CANCELLED;
  const resolved = parseDayAndTime(answers.resolved ?? '');
  const when = resolved?.time ? { date: resolved.day, time: resolved.time } : now;
  const wanted = incident;
  const typed = `Root cause: ${answers.rootCause ?? ''}\nFix: ${answers.fix ?? ''}\nLesson: ${answers.lesson ?? ''}`;
  return writeOrKeep(ctx, 'The resolution', typed, () =>
    found.store.edit((text, journal) => {
      // Re-found in the text as it is now: the file may have changed while the questions were open.
      const current = findEntry({ uri: found.store.uri, text, journal }, wanted);
      if (!current) throw new Error(`the incident "${wanted.title}" is no longer in the journal`);
      return resolveInText(text, journal, current, {
        ...when,
        rootCause: answers.rootCause,
        fix: answers.fix,
        lesson: answers.lesson,
      });
    }),
  );
}

/** When the incident began: its `Detected` time, else its heading's. */
function detectedAt(incident: Entry): string {
  const detected = metadataValue(incident, 'detected');
  return detected && parseDayAndTime(detected)
    ? detected
    : `${incident.date}${incident.time ? ` ${incident.time}` : ''}`;
}
