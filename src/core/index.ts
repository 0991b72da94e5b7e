// The journal core: pure functions from text to values and from values to edits. No editor, no disk, no
// clock. One folder per concern; docs/architecture.md has the map.
export * from './model';
export * from './read';
export * from './write';
export * from './stats';
export * from './present';
export * from './tools';
export * from './document';
