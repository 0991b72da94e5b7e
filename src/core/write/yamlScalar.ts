import { yamlLibraries } from '../read/yamlLibraries';
import { CONTROL_CHARACTERS } from './escaping';

/**
 * A string as a YAML scalar that reads back as exactly that string: plain when YAML's core schema would
 * read it unchanged (so the file stays pleasant to edit by hand), double-quoted otherwise.
 */
export function yamlScalar(value: string): string {
  if (value !== '' && value.search(CONTROL_CHARACTERS) === -1 && /^[^\s'"[\]{}!&*|>%@`#,?:-]/u.test(value)) {
    try {
      const { yaml } = yamlLibraries();
      const read = yaml.load(`v: ${value}`, { schema: yaml.CORE_SCHEMA }) as { v?: unknown } | undefined;
      if (read && read.v === value) return value;
    } catch {
      // not plain-safe: quoted below
    }
  }
  return JSON.stringify(value);
}
