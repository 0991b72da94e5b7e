// The definition of done as a checklist: an item written `[x] …` is done, any other is not (`[ ] …` may say
// so explicitly). The marker is part of the item's text in the charter, so the file stays plain YAML.
import type { Charter } from '../model/types';

export interface DoneItem {
  /** The item without its marker. */
  readonly text: string;
  readonly done: boolean;
}

// A blank after the marker, as in a markdown task list: `[x](url)` is a link, not a checked item.
const DONE_MARKER = /^\[[xX]\][ \t]+/;
const NOT_DONE_MARKER = /^\[ \][ \t]+/;

export function doneItem(item: string): DoneItem {
  if (DONE_MARKER.test(item)) return { text: item.replace(DONE_MARKER, ''), done: true };
  return { text: item.replace(NOT_DONE_MARKER, ''), done: false };
}

export function doneItems(charter: Pick<Charter, 'definitionOfDone'>): DoneItem[] {
  return charter.definitionOfDone.map(doneItem);
}

/** The item's text with its state flipped: `[x] ` added, or the marker removed. */
export function toggledItem(item: string): string {
  const { text, done } = doneItem(item);
  return done ? text : `[x] ${text}`;
}

/** `2 of 3 done`. */
export function doneCountText(items: readonly DoneItem[]): string {
  return `${items.filter((i) => i.done).length} of ${items.length} done`;
}
