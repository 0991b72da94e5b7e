// Where a journal may live and how its bytes become text. Both rules protect the user's files: a journal
// path from a cloned repository's settings must not send writes outside the project, and a file that is
// not UTF-8 must never be rewritten with replacement characters.

/**
 * Why `journalPath` (the setting, relative to its workspace folder; or another folder setting, such as the
 * MADR folder, named by `setting`) cannot be used, or undefined when it
 * can: it must be relative and must not climb out with `..`. Symlinks are the adapter's to check, on disk.
 */
export function journalPathProblem(journalPath: string, setting = 'sideProject.journalPath'): string | undefined {
  const outside = `"${journalPath}" (${setting}) must be a path inside the workspace folder`;
  // `/x`, `\x`, `C:x`, `~/x` and `file:///x` all name a place the folder does not decide.
  if (/^([/\\~]|[A-Za-z]:|[A-Za-z][A-Za-z0-9+.-]+:)/.test(journalPath)) return `${outside}, not an absolute one`;
  if (journalPath.split(/[/\\]/).some((segment) => segment === '..')) return `${outside}, without ".."`;
  // eslint-disable-next-line no-control-regex -- a NUL or a line break in a path is never meant
  if (/[\u0000-\u001f]/.test(journalPath)) return `${outside}, without control characters`;
  return undefined;
}

export type DecodedJournal =
  /** Valid UTF-8 (a BOM, if any, kept as U+FEFF): the extension may append to it and edit it. */
  | { readonly text: string; readonly readOnly?: undefined }
  /** Shown as well as it can be, never written: `readOnly` says why, for the user. */
  | { readonly text: string; readonly readOnly: string };

// Made on first use, not at load: the first strict decoder starts ICU, which activation must not wait for.
let strict: InstanceType<typeof TextDecoder> | undefined;
const utf8 = () => (strict ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }));

/**
 * The journal's bytes as text. UTF-8 is the only encoding the extension writes; a UTF-16 file (as Windows
 * PowerShell 5.1's `>` makes) or a file with bytes that are not UTF-8 (Latin-1, say) is read for display
 * only, since writing it back as UTF-8 would change bytes the user never touched.
 */
export function decodeJournal(bytes: Uint8Array): DecodedJournal {
  const bom16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  if (bom16) {
    return {
      text: new TextDecoder(bom16, { ignoreBOM: true }).decode(bytes),
      readOnly:
        `the file is ${bom16.toUpperCase()}; the journal is written only as UTF-8 ` +
        '(save it with the UTF-8 encoding to log to it)',
    };
  }
  try {
    const text = utf8().decode(bytes);
    if (text.includes('\u0000')) {
      return {
        text,
        readOnly:
          'the file holds NUL bytes (UTF-16 without a byte-order mark?); the journal is written only as UTF-8 text',
      };
    }
    return { text };
  } catch {
    return {
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
      readOnly:
        `the file is not valid UTF-8 (line ${firstBadLine(bytes)} is not); ` +
        'save it with the UTF-8 encoding to log to it',
    };
  }
}

/** The 1-based line holding the first byte sequence that is not UTF-8 (a line break is never inside one). */
function firstBadLine(bytes: Uint8Array): number {
  let line = 1;
  for (let start = 0; start < bytes.length; line++) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl < 0 ? bytes.length : nl;
    try {
      utf8().decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
  }
  return line;
}
