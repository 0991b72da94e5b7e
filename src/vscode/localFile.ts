// The local-disk part of the store, for `file:` journals in a Node extension host. An append reads only the
// file's tail and adds the new bytes with the operating system's append mode (O_APPEND), in one write, so
// appends from several windows or processes at once cannot overwrite each other. No `vscode` here: the
// concurrency test drives this very code from several plain Node processes.
import { promises as fs } from 'node:fs';
import { appendEntry, type AppendContext, type EntryDraft } from '../core';

const TAIL_BYTES = 4096;

/** The last few KB of a file as text: all an append needs to see (how the file ends). */
export async function readTail(path: string): Promise<string> {
  const handle = await fs.open(path, 'r');
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, TAIL_BYTES);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    // A cut through a multi-byte character only garbles the tail's first character, which is never read.
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(buffer);
  } finally {
    await handle.close();
  }
}

/**
 * Appends an entry to a local journal: `context` is what the store already knows of the file (its line
 * ending, a block left open at its end), so the cost does not grow with the journal.
 */
export async function appendToLocalFile(path: string, draft: EntryDraft, context: AppendContext): Promise<void> {
  const added = appendEntry(await readTail(path), draft, context);
  const handle = await fs.open(path, 'a');
  try {
    await handle.write(new TextEncoder().encode(added));
  } finally {
    await handle.close();
  }
}
