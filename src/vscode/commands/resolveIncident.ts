import * as vscode from 'vscode';
import {
  isOpenIncident,
  metadataValue,
  parseDayAndTime,
  RESOLUTION_LABELS,
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
import { splitItems, validateResolvedAt } from './validation';

export interface ResolveIncidentArgs extends Target {
  /** The incident's heading line (0-based); without it, the user picks among the open ones. */
  readonly line?: number;
  readonly rootCause?: string;
  readonly fix?: string;
  readonly lesson?: string;
  /** The postmortem's optional parts: who or what was affected, what set it off, how it was found, */
  readonly impact?: string;
  readonly trigger?: string;
  readonly detection?: string;
  /** where luck helped, */
  readonly lucky?: string;
  /** and what to do next, written as open `- [ ]` tasks (a string: items separated by `;`). */
  readonly actionItems?: readonly string[] | string;
  /** `YYYY-MM-DD HH:mm`, not before the incident was detected; default now. */
  readonly resolved?: string;
}

export const RESOLVE_INCIDENT_ARGUMENTS: ArgumentShape<ResolveIncidentArgs> = {
  line: 'line',
  rootCause: 'text',
  fix: 'text',
  lesson: 'text',
  impact: 'text',
  trigger: 'text',
  detection: 'text',
  lucky: 'text',
  actionItems: 'items',
  resolved: 'text',
};

/** The postmortem's optional one-line questions, after the required ones; an empty answer skips one. */
const POSTMORTEM_STEPS = [
  {
    key: 'impact',
    prompt: vscode.l10n.t('Impact'),
    placeholder: vscode.l10n.t('Who or what was affected, and for how long?'),
  },
  {
    key: 'trigger',
    prompt: vscode.l10n.t('Trigger'),
    placeholder: vscode.l10n.t('What set it off? (a deploy, a traffic spike, a renewal…)'),
  },
  {
    key: 'detection',
    prompt: vscode.l10n.t('Detection'),
    placeholder: vscode.l10n.t('How did you find out: a user, an alert, by chance?'),
  },
  {
    key: 'lucky',
    prompt: vscode.l10n.t('Where you got lucky'),
    placeholder: vscode.l10n.t('What could have made it worse, and did not?'),
  },
  {
    key: 'actionItems',
    prompt: vscode.l10n.t('Action items'),
    placeholder: vscode.l10n.t('What to do so it does not happen again; several separated by ;'),
  },
] as const;

export async function resolveIncident(
  ctx: CommandContext,
  call: Invocation<ResolveIncidentArgs>,
  input: InputFlow,
): Promise<WriteResult> {
  begin(input, vscode.l10n.t('Resolve Incident'), call, ['line', 'rootCause', 'fix']);
  const args = call.args;
  const found = await requireJournal(ctx, input, call, vscode.l10n.t("Which folder's journal has the incident?"));
  if (!found) return CANCELLED;
  const open = found.snapshot.journal.entries.filter(isOpenIncident);
  let incident = entryFrom(found.snapshot, call);
  if (!incident) {
    if (open.length === 0) {
      input.hide();
      void vscode.window.showInformationMessage(vscode.l10n.t('No open incidents. Long may it last.'));
      return CANCELLED;
    }
    const newestFirst = [...open].reverse();
    const picked = await input.ask([
      {
        type: 'pick',
        key: 'incident',
        prompt: vscode.l10n.t('Which incident is resolved?'),
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
  if (incident.kind !== 'incident') {
    return { written: false, message: vscode.l10n.t('"{0}" is not an incident', incident.title) };
  }
  const now = ctx.clock.localNow();
  const validateResolved = validateResolvedAt(detectedAt(incident));
  if (args.resolved !== undefined && validateResolved(args.resolved)) {
    const message = vscode.l10n.t('Resolved at "{0}": {1}', args.resolved, validateResolved(args.resolved) ?? '');
    input.hide();
    void vscode.window.showErrorMessage(vscode.l10n.t('The resolution was not saved. {0}', message));
    return { written: false, message };
  }
  input.title = vscode.l10n.t('Resolve: {0}', incident.title);
  const answers = await input.ask(
    [
      {
        type: 'text',
        key: 'rootCause',
        prompt: vscode.l10n.t('Root cause'),
        placeholder: vscode.l10n.t('Why did it happen?'),
      },
      {
        type: 'text',
        key: 'fix',
        prompt: vscode.l10n.t('Fix'),
        placeholder: vscode.l10n.t('What made it work again?'),
      },
      {
        type: 'text',
        key: 'lesson',
        prompt: vscode.l10n.t('Lesson'),
        placeholder: vscode.l10n.t('What will you do differently?'),
        optional: true,
      },
      ...POSTMORTEM_STEPS.map((step) => ({ type: 'text' as const, ...step, optional: true })),
      {
        type: 'text',
        key: 'resolved',
        prompt: vscode.l10n.t('Resolved at (YYYY-MM-DD HH:mm)'),
        value: () => `${now.date} ${now.time}`,
        validate: validateResolved,
      },
    ],
    {
      rootCause: args.rootCause,
      fix: args.fix,
      lesson: args.lesson,
      impact: args.impact,
      trigger: args.trigger,
      detection: args.detection,
      lucky: args.lucky,
      actionItems: typeof args.actionItems === 'string' ? args.actionItems : args.actionItems?.join(';'),
      resolved: args.resolved,
    },
    call.fromArguments,
  );
  if (!answers) return CANCELLED;
  const resolved = parseDayAndTime(answers.resolved ?? '');
  const when = resolved?.time ? { date: resolved.day, time: resolved.time } : now;
  const wanted = incident;
  const actionItems = splitItems(answers.actionItems);
  const typed = [
    ...RESOLUTION_LABELS.map(([key, label]) => `${label}: ${answers[key] ?? ''}`),
    ...actionItems.map((item) => `- [ ] ${item}`),
  ].join('\n');
  return writeOrKeep(ctx, vscode.l10n.t('The resolution'), typed, () =>
    found.store.edit((text, journal) => {
      // Re-found in the text as it is now: the file may have changed while the questions were open.
      const current = findEntry({ uri: found.store.uri, text, journal }, wanted);
      if (!current) throw new Error(vscode.l10n.t('the incident "{0}" is no longer in the journal', wanted.title));
      return resolveInText(text, journal, current, {
        ...when,
        rootCause: answers.rootCause,
        fix: answers.fix,
        lesson: answers.lesson,
        impact: answers.impact,
        trigger: answers.trigger,
        detection: answers.detection,
        lucky: answers.lucky,
        actionItems,
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
