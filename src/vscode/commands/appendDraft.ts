import { renderEntry, type EntryDraft } from '../../core';
import type { JournalStore } from '../journalStore';
import { writeOrKeep, type CommandContext, type WriteResult } from './commandContext';

/** Appends an entry; on failure the rendered entry is what "Copy Entry" puts on the clipboard. */
export function appendDraft(
  ctx: CommandContext,
  store: JournalStore,
  draft: EntryDraft,
  what: string,
): Promise<WriteResult> {
  const typed = renderEntry(draft).join('\n');
  return writeOrKeep(ctx, what, typed, async () => void (await store.append(draft)));
}
