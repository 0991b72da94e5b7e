// What an entry's status is. Written once here because every view, command and tool must agree on it: an
// incident without a status is open, a decision without one is accepted (Log Decision's default).
import { metadataValue } from '../read/parseJournal';
import type { DecisionStatus, DeployStatus, Entry } from '../model/types';

/** The status Log Decision writes when none is chosen, and the one a decision without a status has. */
export const DEFAULT_DECISION_STATUS: DecisionStatus = 'accepted';

type StatusSource = Pick<Entry, 'kind' | 'metadata'>;

/**
 * The status an entry states, in lower case, or the one its kind implies; a blank `Status:` states none.
 * Undefined for kinds without a status. The text is returned as written: the parser warns about unknown ones.
 */
export function entryStatus(entry: StatusSource): string | undefined {
  if (entry.kind === 'deploy') return deployStatus(entry);
  if (entry.kind === 'decision') return decisionStatus(entry);
  return entry.kind === 'incident' ? incidentStatus(entry) : writtenStatus(entry);
}

/**
 * The status the entry states, in lower case; undefined for none or a blank one. Read from the metadata
 * without an object around it: the stats and the outline ask for thousands of statuses at a time.
 */
function writtenStatus(entry: Pick<Entry, 'metadata'>): string | undefined {
  return metadataValue(entry, 'status')?.trim().toLowerCase() || undefined;
}

/** The status Log Deploy proposes, and the one a deploy without a status has. */
export const DEFAULT_DEPLOY_STATUS: DeployStatus = 'succeeded';

/** A deploy's status in lower case; succeeded when it states none. */
export function deployStatus(entry: Pick<Entry, 'metadata'>): string {
  return writtenStatus(entry) ?? DEFAULT_DEPLOY_STATUS;
}

/** A deploy that went wrong by its own account: failed or rolled back. */
export function isFailedDeploy(entry: Pick<Entry, 'kind' | 'metadata'>): boolean {
  const status = entry.kind === 'deploy' ? deployStatus(entry) : undefined;
  return status === 'failed' || status === 'rolled-back';
}

/** A decision's status in lower case; accepted when it states none. */
export function decisionStatus(entry: Pick<Entry, 'metadata'>): string {
  return writtenStatus(entry) ?? DEFAULT_DECISION_STATUS;
}

/** An incident's status in lower case; open when it states none. */
export function incidentStatus(entry: Pick<Entry, 'metadata'>): string {
  return writtenStatus(entry) ?? 'open';
}

/** An incident not yet resolved: open, mitigated, or any status other than resolved. */
export function isOpenIncident(entry: StatusSource): boolean {
  return entry.kind === 'incident' && incidentStatus(entry) !== 'resolved';
}
