// The journal core: pure functions from text to values and from values to edits. No editor, no disk, no clock.
export * from './types';
export * from './calendar';
export * from './errors';
export { parseJournal, metadataValue } from './parseJournal';
export { phaseNamed } from './phases';
export { entryBody, sanitizeTitle } from './entryText';
export { appendEntry, createJournal, findAppended, renderEntry, type AppendContext, type NewCharter } from './writeJournal';
export { setMetadata, resolveIncident, setDecisionStatus, type Resolution } from './editEntry';
export { setCharterField, CHARTER_KEYS, type CharterField } from './editCharter';
export { applyEdits, combineEdits } from './textEdits';
export { lifecycle, launchDay, projectStart, type Lifecycle, type PhaseSpan, type PhaseSummary, type PhaseState } from './lifecycle';
export * from './momentum';
export * from './journalStats';
export * from './describe';
export * from './charts';
export { dashboardHtml, escapeHtml, type DashboardPage } from './dashboardHtml';
export { decodeJournal, journalPathProblem, type DecodedJournal } from './journalLocation';
export * from './tools';
