// From bytes to a journal value: decoding, the front matter (charter), the line lexer and the parser.
export { parseJournal, metadataValue } from './parseJournal';
export { decodeJournal, journalPathProblem, type DecodedJournal } from './journalLocation';
