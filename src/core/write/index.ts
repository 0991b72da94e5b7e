// From a journal value back to text: new entries and journals, minimal in-place edits, escaping.
export { entryBody, sanitizeTitle } from './escaping';
export {
  appendEntry,
  createJournal,
  findAppended,
  renderEntry,
  type AppendContext,
  type NewCharter,
} from './writeJournal';
export {
  setMetadata,
  resolveIncident,
  setDecisionStatus,
  setDeployStatus,
  RESOLUTION_LABELS,
  type Resolution,
} from './editEntry';
export { setCharterField, CHARTER_KEYS, type CharterField } from './editCharter';
export { applyEdits, combineEdits } from './textEdits';
