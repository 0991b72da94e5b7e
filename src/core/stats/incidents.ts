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

const worstFirst = (a: IncidentSummary, b: IncidentSummary) =>
  byCodeUnit(a.severity ?? 'SEV-9', b.severity ?? 'SEV-9') || byCodeUnit(a.detected, b.detected);

export function incidents(journal: Journal): IncidentStats {
  // One pass over the entries and no array per step: this runs on every change of a journal that can hold
  // thousands of incidents.
  const open: IncidentSummary[] = [];
  const resolved: IncidentSummary[] = [];
  let openActionItems = 0;
  for (const entry of journal.entries) {
    if (entry.kind !== 'incident') continue;
    const incident = summary(entry);
    (incident.status === 'resolved' ? resolved : open).push(incident);
    openActionItems += entry.actionItems?.open ?? 0;
  }
  open.sort(worstFirst);
  resolved.reverse();
  let timed = 0;
  let totalMinutes = 0;
  for (const incident of resolved) {
    if (incident.minutesToResolve === undefined) continue;
    timed++;
    totalMinutes += incident.minutesToResolve;
  }
  const meanMinutesToResolve = timed ? Math.round(totalMinutes / timed) : undefined;
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
  // The instants compared as numbers: `<` on two Dates converts each through valueOf, a call per incident.
  if (!start || !end || end.getTime() < start.getTime()) return undefined;
  return Math.round((end.getTime() - start.getTime()) / 60_000);
}
