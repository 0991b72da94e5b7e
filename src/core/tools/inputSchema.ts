// The small part of JSON Schema the tools need, and one validator driven by the very schema that is
// published to models: what a tool accepts is written once. Models send anything (missing keys, wrong
// types, extra keys, strings for numbers), and neither VS Code nor every MCP client checks input against
// the schema, so each tool validates its own.
import { isCalendarDay, parseDayAndTime } from '../model/calendar';

export type PropertySchema =
  | {
      readonly type: 'string';
      readonly description: string;
      readonly enum?: readonly string[];
      readonly maxLength?: number;
      /** `date`: a day written YYYY-MM-DD; `date-time`: YYYY-MM-DD HH:mm, local time. */
      readonly format?: 'date' | 'date-time';
    }
  | { readonly type: 'integer'; readonly description: string; readonly minimum: number; readonly maximum: number };

export interface InputSchema {
  readonly type: 'object';
  readonly properties: Readonly<Record<string, PropertySchema>>;
  readonly required: readonly string[];
  readonly additionalProperties: false;
}

export type Validated<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const FORMAT_HINT = { date: 'a day written YYYY-MM-DD', 'date-time': 'a local time written YYYY-MM-DD HH:mm' } as const;

/**
 * The input as typed arguments, or one clear sentence naming the first problem. Strings are trimmed; an
 * empty string counts as absent. Never throws, whatever the input.
 */
export function validateInput<T>(schema: InputSchema, input: unknown): Validated<T> {
  const given = input ?? {};
  if (typeof given !== 'object' || Array.isArray(given)) return { ok: false, error: 'The input must be an object.' };
  const allowed = Object.keys(schema.properties);
  const value: Record<string, string | number> = {};
  for (const key of Object.keys(given)) {
    if (!Object.hasOwn(schema.properties, key)) {
      return { ok: false, error: `Unknown key \`${key}\`; the keys are ${allowed.map((k) => `\`${k}\``).join(', ')}.` };
    }
    const raw = (given as Record<string, unknown>)[key];
    if (raw === undefined || raw === null) continue;
    const checked = checkProperty(key, schema.properties[key], raw);
    if (typeof checked === 'object') return checked;
    if (checked !== '') value[key] = checked;
  }
  const missing = schema.required.find((key) => value[key] === undefined);
  if (missing) return { ok: false, error: `\`${missing}\` is required: ${schema.properties[missing].description}` };
  return { ok: true, value: value as T };
}

function checkProperty(
  key: string,
  schema: PropertySchema,
  raw: unknown,
): string | number | { ok: false; error: string } {
  const fail = (what: string) => ({ ok: false as const, error: `\`${key}\` must be ${what}.` });
  if (schema.type === 'integer') {
    const range = `an integer from ${schema.minimum} to ${schema.maximum}`;
    if (typeof raw !== 'number' || !Number.isInteger(raw)) return fail(range);
    return raw < schema.minimum || raw > schema.maximum ? fail(range) : raw;
  }
  if (typeof raw !== 'string') return fail('a string');
  const text = raw.trim();
  if (text === '') return '';
  if (schema.maxLength !== undefined && text.length > schema.maxLength) {
    return fail(`at most ${schema.maxLength} characters`);
  }
  if (schema.enum) {
    const match = schema.enum.find((option) => option.toLowerCase() === text.toLowerCase());
    return match ?? fail(`one of ${schema.enum.join(', ')}`);
  }
  if (schema.format === 'date' && !isCalendarDay(text)) return fail(FORMAT_HINT.date);
  if (schema.format === 'date-time' && !parseDayAndTime(text)) return fail(FORMAT_HINT['date-time']);
  return text;
}
