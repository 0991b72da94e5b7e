import * as vscode from 'vscode';
import { parseDayAndTime, SEVERITIES, type Severity } from '../../core';
import type { InputFlow } from '../multiStepInput';
import type { ArgumentShape } from './commandArguments';
import { appendDraft } from './appendDraft';
import {
  begin,
  CANCELLED,
  type CommandContext,
  type Target,
  type WriteResult,
  type Invocation,
} from './commandContext';
import { requireJournal } from './requireJournal';
import { offerNextStep } from './setNextStep';
import { validateDayAndTime } from './validation';

export interface LogIncidentArgs extends Target {
  readonly title?: string;
  readonly severity?: Severity;
  /** `YYYY-MM-DD HH:mm`, default now. */
  readonly detected?: string;
  readonly body?: string;
}

export const LOG_INCIDENT_ARGUMENTS: ArgumentShape<LogIncidentArgs> = {
  title: 'text',
  severity: SEVERITIES,
  detected: 'text',
  body: 'text',
};

const SEVERITY_HINTS: Record<Severity, () => string> = {
  'SEV-1': () => vscode.l10n.t('down for everyone, or data lost'),
  'SEV-2': () => vscode.l10n.t('a core feature broken for many'),
  'SEV-3': () => vscode.l10n.t('degraded, with a workaround'),
  'SEV-4': () => vscode.l10n.t('cosmetic or minor'),
};

/** What Enter takes: the middle of the scale, never the worst. */
const DEFAULT_SEVERITY: Severity = 'SEV-3';

export async function logIncident(
  ctx: CommandContext,
  call: Invocation<LogIncidentArgs>,
  input: InputFlow,
): Promise<WriteResult> {
  begin(input, vscode.l10n.t('Log Incident'), call, ['title', 'severity']);
  const args = call.args;
  const found = await requireJournal(ctx, input, call, vscode.l10n.t("Which folder's journal gets the incident?"));
  if (!found) return CANCELLED;
  const now = ctx.clock.localNow();
  const answers = await input.ask(
    [
      {
        type: 'text',
        key: 'title',
        prompt: vscode.l10n.t('What broke?'),
        placeholder: vscode.l10n.t('e.g. Database disk full'),
      },
      {
        type: 'pick',
        key: 'severity',
        prompt: vscode.l10n.t('Severity'),
        items: () => SEVERITIES.map((s) => ({ label: s, description: SEVERITY_HINTS[s](), value: s })),
        defaultValue: DEFAULT_SEVERITY,
        alwaysAsk: true,
      },
      {
        type: 'text',
        key: 'detected',
        prompt: vscode.l10n.t('Detected at (YYYY-MM-DD HH:mm)'),
        value: () => `${now.date} ${now.time}`,
        validate: validateDayAndTime,
      },
    ],
    { title: args.title, severity: args.severity, detected: args.detected },
    call.fromArguments,
  );
  if (!answers?.title) return CANCELLED;
  const detected = answers.detected && parseDayAndTime(answers.detected) ? answers.detected : `${now.date} ${now.time}`;
  const result = await appendDraft(
    ctx,
    found.store,
    {
      kind: 'incident',
      date: now.date,
      time: now.time,
      title: answers.title,
      metadata: [
        ['Severity', answers.severity ?? DEFAULT_SEVERITY],
        ['Status', 'open'],
        ['Detected', detected],
      ],
      body: args.body,
    },
    vscode.l10n.t('The incident'),
  );
  if (result.written) await offerNextStep(ctx, input, found.store);
  return result;
}
