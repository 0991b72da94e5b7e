// The one guard every command's argument object passes: each command declares the keys it takes and how each
// is checked (its ArgumentShape), and a key it does not take, or a value of the wrong type, is refused with
// one sentence before the command asks or writes anything. Keybindings, other extensions, tasks and tests
// call commands with objects VS Code never checks. No `vscode` here: plain-Node tests import it.

/** How one key of an argument object is checked. */
export type ArgumentKind =
  /** a string (empty is a value: Set Next Step's empty string removes the step) */
  | 'text'
  /** a 0-based line number */
  | 'line'
  /** true or false */
  | 'flag'
  /** a string of items separated by semicolons, or a list of strings */
  | 'items'
  /** one of these strings, exactly */
  | readonly string[];

/** The kind that checks a value of type T: the compiler holds each shape to its command's argument type. */
type KindOf<T> = [T] extends [boolean]
  ? 'flag'
  : [T] extends [number]
    ? 'line'
    : [T] extends [string]
      ? string extends T
        ? 'text'
        : readonly T[]
      : 'items';

/** Every key of a command's argument object but `folder`, which every command takes, with its kind. */
export type ArgumentShape<A> = { readonly [K in Exclude<keyof A, 'folder'>]-?: KindOf<NonNullable<A[K]>> };

/** The shape of a command that takes only `folder`. */
export const NO_ARGUMENTS: ArgumentShape<object> = {};

export type CheckedArguments<A> =
  { readonly ok: true; readonly args: Partial<A> } | { readonly ok: false; readonly error: string };

/**
 * The argument object's keys checked against the shape (`folder` is checked by the caller, which knows
 * what a URI is). Undefined and null count as absent. The first problem found is the error.
 */
export function checkArguments<A>(shape: ArgumentShape<A>, given: object): CheckedArguments<A> {
  const kinds = shape as Readonly<Record<string, ArgumentKind>>;
  for (const [key, value] of Object.entries(given)) {
    if (key === 'folder' || value === undefined || value === null) continue;
    if (!Object.hasOwn(kinds, key)) {
      const keys = ['folder', ...Object.keys(kinds)].map((k) => `\`${k}\``).join(', ');
      return { ok: false, error: `it takes no \`${key}\`; its keys are ${keys}` };
    }
    const problem = problemWith(kinds[key], value);
    if (problem) return { ok: false, error: `\`${key}\` must be ${problem}` };
  }
  return { ok: true, args: given as Partial<A> };
}

/** What the value should have been, or undefined when it is what the kind takes. */
function problemWith(kind: ArgumentKind, value: unknown): string | undefined {
  if (typeof kind !== 'string') {
    return typeof value === 'string' && kind.includes(value) ? undefined : `one of ${kind.join(', ')}`;
  }
  switch (kind) {
    case 'text':
      return typeof value === 'string' ? undefined : 'a string';
    case 'line':
      return Number.isInteger(value) && (value as number) >= 0 ? undefined : 'a line number (0 or more)';
    case 'flag':
      return typeof value === 'boolean' ? undefined : 'true or false';
    case 'items':
      return typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'))
        ? undefined
        : 'a string or a list of strings';
  }
}
