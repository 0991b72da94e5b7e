/** Thrown when an entry to be written cannot be (a date that is no day, a metadata key with a colon). */
export class InvalidEntryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidEntryError';
  }
}

/** Thrown when the charter is to change but the front matter cannot be edited safely. */
export class CharterNotEditableError extends Error {
  constructor(readonly reason: string) {
    super(`The charter was not changed: ${reason}`);
    this.name = 'CharterNotEditableError';
  }
}

/** Thrown when an in-place edit no longer finds what it was asked to change. */
export class EntryNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EntryNotFoundError';
  }
}

/** What a caught value says, for a message to the user or the log: anything can be thrown, not only Errors. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
