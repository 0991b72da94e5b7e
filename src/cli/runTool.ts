// Runs one tool of the catalog on a journal on the local disk: the CLI's subcommands and the MCP server's
// tool calls both come here, so they validate, write and answer alike.
import { appendToLocalFile } from '../vscode/localFile';
import { findAppended, renderEntry, type Tool } from '../core';
import { localNow } from './clock';
import { CliError, readJournal, type JournalFile } from './journalFile';

export interface ToolOutcome {
  /** What a program reads: the query's result, or the entry written. */
  readonly result: unknown;
  /** What a person reads. */
  readonly text: string;
}

export interface RunSettings {
  readonly launchTargetDays: number;
  readonly nudgeAfterDays: number;
}

export const DEFAULT_RUN_SETTINGS: RunSettings = { launchTargetDays: 30, nudgeAfterDays: 14 };

/** Validates `input` for `tool` and runs it; refusals are CliErrors with one clear line. */
export async function runTool(
  tool: Tool,
  input: unknown,
  file: JournalFile,
  settings = DEFAULT_RUN_SETTINGS,
): Promise<ToolOutcome> {
  const now = localNow();
  if (!tool.writes) {
    const query = tool.accept(input);
    if (!query.ok) throw new CliError(query.error);
    const { text, journal } = await readJournal(file);
    const result = query.value({ text, journal, today: now.date, ...settings });
    return { result, text: JSON.stringify(result, null, 2) };
  }
  const accepted = tool.accept(input);
  if (!accepted.ok) throw new CliError(accepted.error);
  const draft = accepted.value(now);
  const heading = renderEntry(draft)[0];
  try {
    await appendToLocalFile(file.path, draft);
  } catch (error) {
    throw new CliError(`Nothing was written to ${file.path}: ${(error as Error).message}`);
  }
  // Read back: the entry must be in the journal as written (others' entries may follow it).
  const { text, journal } = await readJournal(file);
  const entry = findAppended(text, journal, draft);
  if (!entry) {
    throw new CliError(
      `The entry was added to ${file.path} but does not read back as an entry: look at the end of the file.`,
    );
  }
  const written = {
    date: entry.date,
    time: entry.time,
    kind: entry.kind,
    title: entry.title,
    line: entry.line + 1,
    journal: file.path,
  };
  return {
    result: { written: true, entry: written },
    text: `Logged to ${file.path}:${written.line}: ${heading.slice(3)}`,
  };
}
