import { parseDayAndTime, SEVERITIES, type Severity } from '../../core';
import { askSteps } from '../multiStepInput';
import { appendDraft } from './appendDraft';
import { CANCELLED, requireJournal, type CommandContext, type Target, type WriteResult } from './commandContext';
import { validateDayAndTime } from './validation';

export interface LogIncidentArgs extends Target {
  readonly title?: string;
  readonly severity?: Severity;
  /** `YYYY-MM-DD HH:mm`, default now. */
  readonly detected?: string;
  readonly body?: string;
}

const SEVERITY_HINTS: Record<Severity, string> = {
  'SEV-1': 'down for everyone, or data lost',
  'SEV-2': 'a core feature broken for many',
  'SEV-3': 'degraded, with a workaround',
  'SEV-4': 'cosmetic or minor',
};

export async function logIncident(ctx: CommandContext, args?: LogIncidentArgs): Promise<WriteResult> {
  const found = await requireJournal(ctx, args, 'gets the incident');
  if (!found) return CANCELLED;
  const now = ctx.clock.localNow();
  const answers = await askSteps(
    'Log Incident',
    [
      { type: 'text', key: 'title', prompt: 'What broke?', placeholder: 'e.g. Database disk full' },
      { type: 'pick', key: 'severity', prompt: 'Severity', items: () => SEVERITIES.map((s) => ({ label: s, description: SEVERITY_HINTS[s], value: s })) },
      { type: 'text', key: 'detected', prompt: 'Detected at (YYYY-MM-DD HH:mm)', value: () => `${now.date} ${now.time}`, validate: validateDayAndTime },
    ],
    { title: args?.title, severity: args?.severity, detected: args?.detected },
    args !== undefined,
  );
  if (!answers?.title) return CANCELLED;
  const detected = answers.detected && parseDayAndTime(answers.detected) ? answers.detected : `${now.date} ${now.time}`;
  return appendDraft(
    ctx,
    found.store,
    {
      kind: 'incident',
      date: now.date,
      time: now.time,
      title: answers.title,
      metadata: [['Severity', answers.severity ?? 'SEV-3'], ['Status', 'open'], ['Detected', detected]],
      body: args?.body,
    },
    'The incident',
  );
}
