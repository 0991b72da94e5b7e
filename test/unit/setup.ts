// Unit tests run in a time zone with daylight saving time unless told otherwise, so a day that shifts
// through UTC, or a 23-hour day, shows up as a failure rather than passing by luck on a UTC machine.
process.env.TZ ??= 'Europe/Berlin';
