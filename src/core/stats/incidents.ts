// Incidents: which are still open, worst first, and how long the resolved ones took.
import { localInstant, parseDayAndTime } from '../model/calendar';
import { metadataValue } from '../read/parseJournal';
import { incidentStatus } from './entryStatus';
import {
  INCIDENT_STATUSES,
  SEVERITIES,
  type Entry,
  type IncidentStatus,
  type Journal,
  type Severity,
} from '../model/types';

export interface IncidentSummary {
  readonly entry: Entry;
  readonly status: IncidentStatus;
  readonly severity: Severity | undefined;
  readonly detected: string;
  readonly resolved: string | undefined;
  /** From detection to resolution, in minutes of real time (a DST change in between is accounted for). */
  readonly minutesToResolve: number | undefined;
}

export interface IncidentStats {
  /** Not yet resolved (open or mitigated), worst severity first, then oldest first. */
  readonly open: readonly IncidentSummary[];
  /** Newest first. */
  readonly resolved: readonly IncidentSummary[];
  readonly meanMinutesToResolve: number | undefined;
  /** Action items still to do (`- [ ]` under `### Action items`), over every incident. */
  readonly openActionItems: number;
}

/** An incident's status among the known ones: a status the format does not know is read as open. */
function knownStatus(entry: Entry): IncidentStatus {
  const status = incidentStatus(entry);
  return (INCIDENT_STATUSES as readonly string[]).includes(status) ? (status as IncidentStatus) : 'open';
}

function summary(entry: Entry): IncidentSummary {
  const severityText = metadataValue(entry, 'severity')?.toUpperCase();
  const known = (SEVERITIES as readonly string[]).includes(severityText ?? '');
  const severity = known ? (severityText as Severity) : undefined;
  const detectedText = metadataValue(entry, 'detected')?.trim();
  const detectedAt = detectedText ? parseDayAndTime(detectedText) : undefined;
  const detected = detectedAt ? (detectedText as string) : `${entry.date}${entry.time ? ` ${entry.time}` : ''}`;
  const resolvedText = metadataValue(entry, 'resolved')?.trim();
  // Each time is read once: this runs for every incident on every change of the journal.
  const resolvedAt = resolvedText ? parseDayAndTime(resolvedText) : undefined;
  const minutesToResolve = resolvedAt
    ? minutesBetween(detectedAt ?? { day: entry.date, time: entry.time }, resolvedAt)
    : undefined;
  const resolved = resolvedAt ? resolvedText : undefined;
  return { entry, status: knownStatus(entry), severity, detected, resolved, minutesToResolve };
}

export function incidents(journal: Journal): IncidentStats {
  const all = journal.entries.filter((e) => e.kind === 'incident').map(summary);
  const worstFirst = (a: IncidentSummary, b: IncidentSummary) =>
    byCodeUnit(a.severity ?? 'SEV-9', b.severity ?? 'SEV-9') || byCodeUnit(a.detected, b.detected);
  const open = all.filter((i) => i.status !== 'resolved').sort(worstFirst);
  const resolved = all.filter((i) => i.status === 'resolved').reverse();
  const times = resolved.map((i) => i.minutesToResolve).filter((m): m is number => m !== undefined);
  const meanMinutesToResolve = times.length ? Math.round(times.reduce((a, b) => a + b, 0) / times.length) : undefined;
  const openActionItems = all.reduce((n, i) => n + (i.entry.actionItems?.open ?? 0), 0);
  return { open, resolved, meanMinutesToResolve, openActionItems };
}

/** Plain string order: severities, days and ISO times sort correctly by code unit, and localeCompare is slow. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type DayAndTime = NonNullable<ReturnType<typeof parseDayAndTime>>;

function minutesBetween(from: DayAndTime, to: DayAndTime): number | undefined {
  const start = localInstant(from.day, from.time);
  const end = localInstant(to.day, to.time);
  if (!start || !end || end < start) return undefined;
  return Math.round((end.getTime() - start.getTime()) / 60_000);
}
