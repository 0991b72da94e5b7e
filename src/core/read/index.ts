// From bytes to a journal value: decoding, the front matter (charter), the line lexer and the parser.
export { parseJournal, metadataValue, COMMIT_SHA } from './parseJournal';
export { decodeJournal, journalPathProblem, type DecodedJournal } from './journalLocation';
