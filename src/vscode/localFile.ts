// The local-disk part of the store, for `file:` journals in a Node extension host: appends with the
// operating system's append mode so concurrent appends from several windows cannot overwrite each other.
import { promises as fs } from 'node:fs';

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

/** Appends in one write with O_APPEND, so writers in other windows or processes never overwrite it. */
export async function appendLocal(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await fs.open(path, 'a');
  try {
    await handle.write(bytes);
  } finally {
    await handle.close();
  }
}
