// How far along the walkthrough's arc a journal already is. The walkthrough's steps complete on what the
// journal holds, not on a command being run: a project that launched before it met the walkthrough shows
// its steps done, and a command opened and cancelled completes nothing.
import type { JournalStats } from './journalStats';
import type { Journal } from '../model/types';

/** The steps in the walkthrough's order; each is the context key `sideProject.walkthrough.<step>`. */
export const WALKTHROUGH_STEPS = [
  'started',
  'building',
  'decided',
  'launched',
  'incidentResolved',
  'deployed',
  'postmortem',
] as const;
export type WalkthroughStep = (typeof WALKTHROUGH_STEPS)[number];
export type WalkthroughProgress = Readonly<Record<WalkthroughStep, boolean>>;

export const WALKTHROUGH_CONTEXT_PREFIX = 'sideProject.walkthrough.';

/**
 * Each step is done when some journal of the workspace shows it: a journal exists (started), the project
 * moved past design (building), a decision was logged (decided), it is in production (launched), an
 * incident was resolved (incidentResolved), a deploy was logged (deployed), an incident has a postmortem's
 * action items (postmortem). No journal: nothing is done.
 */
export function walkthroughProgress(
  journals: readonly { readonly journal: Journal; readonly stats: JournalStats }[],
): WalkthroughProgress {
  const some = (check: (j: { journal: Journal; stats: JournalStats }) => boolean) => journals.some(check);
  return {
    started: journals.length > 0,
    building: some(({ stats }) => stats.lifecycle.history.some((span) => span.phase !== 'design')),
    decided: some(({ journal }) => journal.entries.some((e) => e.kind === 'decision')),
    launched: some(({ stats }) => stats.lifecycle.daysInProduction !== undefined),
    incidentResolved: some(({ stats }) => stats.incidents.resolved.length > 0),
    deployed: some(({ journal }) => journal.entries.some((e) => e.kind === 'deploy')),
    postmortem: some(({ journal }) => journal.entries.some((e) => e.kind === 'incident' && e.actionItems)),
  };
}
