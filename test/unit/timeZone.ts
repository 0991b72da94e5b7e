/** Runs `body` with the process in another time zone (Node re-reads TZ when it is assigned). */
export function inTimeZone<T>(zone: string, body: () => T): T {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try {
    return body();
  } finally {
    process.env.TZ = previous;
  }
}
