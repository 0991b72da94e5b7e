// What a journal says on a given day: lifecycle, momentum, incidents, decisions, milestones, walkthrough.
export * from './entryStatus';
export {
  dayCount,
  lifecycle,
  launchDay,
  projectStart,
  type Lifecycle,
  type PhaseSpan,
  type PhaseSummary,
  type PhaseState,
} from './lifecycle';
export * from './momentum';
export * from './incidents';
export * from './decisions';
export * from './milestones';
export * from './journalStats';
export * from './walkthrough';
export * from './delivery';
export * from './reviews';
export * from './lessons';
export * from './doneItems';
