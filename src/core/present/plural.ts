/** A count's noun: `word` for one, `word` + `s` for any other number (`0 days`, `1 day`, `2 days`). */
export function plural(n: number, word: string, many = `${word}s`): string {
  return n === 1 ? word : many;
}

/** A count and its noun: `1 entry`, `3 entries`. */
export function quantity(n: number, word: string, many?: string): string {
  return `${n} ${plural(n, word, many)}`;
}
