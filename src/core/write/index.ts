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
  reviewDecision,
  setDecisionStatus,
  setDeployStatus,
  RESOLUTION_LABELS,
  type DecisionReviewAnswers,
  type Resolution,
} from './editEntry';
export { setCharterField, toggleDoneItem, CHARTER_KEYS, type CharterField } from './editCharter';
export { applyEdits, combineEdits } from './textEdits';
