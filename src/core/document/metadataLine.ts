// Where a `- Key: value` line's parts are, in characters of the line: what completion replaces, what a link
// underlines and what a quick fix rewrites. The shape is the line lexer's (readMetadataItem).
import { readMetadataItem } from '../read/lineLexer';

export interface MetadataSpan {
  /** The key as written. */
  readonly key: string;
  /** Where the value starts: after the colon and the blanks that follow it. */
  readonly valueStart: number;
  /** Where the value ends, before trailing blanks. */
  readonly valueEnd: number;
}

export function metadataSpan(lineText: string): MetadataSpan | undefined {
  const item = readMetadataItem(lineText, 0, lineText.length, 0);
  if (!item) return undefined;
  const colon = lineText.indexOf(':', lineText.indexOf(item.key) + item.key.length);
  let valueStart = colon + 1;
  while (valueStart < lineText.length && (lineText[valueStart] === ' ' || lineText[valueStart] === '\t')) valueStart++;
  return { key: item.key, valueStart, valueEnd: item.value ? valueStart + item.value.length : valueStart };
}
