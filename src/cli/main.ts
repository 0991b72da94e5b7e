// The `side-project` command: the journal from a terminal, a script, a git hook or an agent. A thin adapter
// over the same core and the same local append path as the extension.
//   exit 0: done; 1: a refused write or invalid input (one line on stderr); 2: usage.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  findEntriesTool,
  getStatusTool,
  logDecisionTool,
  logIncidentTool,
  logNoteTool,
  type ProjectStatus,
  type FoundEntries,
  type Tool,
  quantity,
} from '../core';
import { CliError, findJournal } from './journalFile';
import { serveMcp } from './mcpServer';
import { runTool } from './runTool';

const USAGE = `Usage: side-project <command> [options]

Commands:
  status                          where the project stands: phase, days in production, incidents, momentum
  log decision|incident|note "<title>"
                                  append an entry, dated now (or SIDE_PROJECT_NOW, "YYYY-MM-DD HH:mm")
  find [words...]                 entries matching all the words and filters, newest first
  mcp                             serve the journal's tools to an MCP client over stdio

Options for every command:
  --journal PATH   the journal (default: .sideproject/journal.md in this folder or the nearest above it)
  --json           print JSON (status, find, log)
  --help           help for a command

Run "side-project <command> --help" for a command's options.`;

interface Subcommand {
  readonly usage: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
}

const common = { journal: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean' } } as const;

const LOG_OPTIONS: Record<string, { tool: Tool; usage: string; options: Subcommand['options'] }> = {
  decision: {
    tool: logDecisionTool as unknown as Tool,
    usage:
      'side-project log decision "<title>" [--body TEXT|-] [--options "A, B"] ' +
      '[--status accepted|proposed|rejected|deprecated]',
    options: { body: { type: 'string' }, options: { type: 'string' }, status: { type: 'string' } },
  },
  incident: {
    tool: logIncidentTool as unknown as Tool,
    usage:
      'side-project log incident "<title>" [--severity SEV-1..SEV-4] [--detected "YYYY-MM-DD HH:mm"] [--body TEXT|-]',
    options: { severity: { type: 'string' }, detected: { type: 'string' }, body: { type: 'string' } },
  },
  note: {
    tool: logNoteTool as unknown as Tool,
    usage: 'side-project log note "<title>" [--body TEXT|-]',
    options: { body: { type: 'string' } },
  },
};

const FIND: Subcommand = {
  usage:
    'side-project find [words...] [--kind K] [--status S] [--phase P] ' +
    '[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N]',
  options: {
    kind: { type: 'string' },
    status: { type: 'string' },
    phase: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    limit: { type: 'string' },
  },
};

/** Usage errors: exit code 2. */
class UsageError extends Error {}

export interface Io {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: () => Promise<string>;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    if (error instanceof CliError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function parse(
  args: readonly string[],
  options: Subcommand['options'],
  usage: string,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { ...common, ...options },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nUsage: ${usage}`);
  }
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout)(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  switch (command) {
    case 'status': {
      const usage = 'side-project status [--json] [--journal PATH]';
      const { values, positionals } = parse(rest, {}, usage);
      if (values.help) return help(io, usage);
      if (positionals.length > 0) throw new UsageError(`status takes no arguments\nUsage: ${usage}`);
      const { result } = await runTool(
        getStatusTool as unknown as Tool,
        {},
        await findJournal(io.cwd, values.journal as string | undefined),
      );
      io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : statusText(result as ProjectStatus));
      return 0;
    }
    case 'log': {
      const [kind, ...more] = rest;
      const spec = kind === undefined ? undefined : LOG_OPTIONS[kind];
      if (!spec) {
        if (kind === '--help') {
          return help(
            io,
            Object.values(LOG_OPTIONS)
              .map((s) => s.usage)
              .join('\n       '),
          );
        }
        throw new UsageError(
          'log needs a kind: decision, incident or note\n' +
            'Usage: side-project log decision|incident|note "<title>" [options]',
        );
      }
      const { values, positionals } = parse(more, spec.options, spec.usage);
      if (values.help) return help(io, spec.usage);
      if (positionals.length !== 1) {
        throw new UsageError(`log ${kind} takes one title, in quotes\nUsage: ${spec.usage}`);
      }
      const input: Record<string, unknown> = { title: positionals[0] };
      for (const key of Object.keys(spec.options)) if (values[key] !== undefined) input[key] = values[key];
      if (input.body === '-') input.body = await io.stdin();
      const { result, text } = await runTool(
        spec.tool,
        input,
        await findJournal(io.cwd, values.journal as string | undefined),
      );
      io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${text}\n`);
      return 0;
    }
    case 'find': {
      const { values, positionals } = parse(rest, FIND.options, FIND.usage);
      if (values.help) return help(io, FIND.usage);
      const input: Record<string, unknown> = {};
      if (positionals.length > 0) input.words = positionals.join(' ');
      for (const key of Object.keys(FIND.options)) if (values[key] !== undefined) input[key] = values[key];
      if (typeof input.limit === 'string') input.limit = /^\d+$/.test(input.limit) ? Number(input.limit) : input.limit;
      const { result } = await runTool(
        findEntriesTool as unknown as Tool,
        input,
        await findJournal(io.cwd, values.journal as string | undefined),
      );
      io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : foundText(result as FoundEntries));
      return 0;
    }
    case 'mcp': {
      const usage = 'side-project mcp [--journal PATH]   (speaks MCP on stdin/stdout)';
      const { values } = parse(rest, {}, usage);
      if (values.help) return help(io, usage);
      await serveMcp(await findJournal(io.cwd, values.journal as string | undefined));
      return await new Promise<number>(() => {}); // serves until the client closes stdin
    }
    default:
      throw new UsageError(`Unknown command "${command}"\n\n${USAGE}`);
  }
}

function help(io: Io, usage: string): number {
  io.stdout(`Usage: ${usage}\n`);
  return 0;
}

function statusText(s: ProjectStatus): string {
  const lines = [
    `${s.project ?? 'Side project'}: ${s.phase}, day ${s.dayOfPhase}` +
      (s.daysInProduction !== undefined ? ` · ${s.daysInProduction} days in production` : ''),
  ];
  if (s.learningGoal) lines.push(`Learning goal: ${s.learningGoal}`);
  if (s.definitionOfDone.length) lines.push('Definition of done:', ...s.definitionOfDone.map((d) => `  - ${d}`));
  if (s.launchTarget) lines.push(`Launch target: ${s.launchTarget}${s.launched ? ` (launched ${s.launched})` : ''}`);
  lines.push(
    s.openIncidents.length
      ? 'Open incidents: ' +
          s.openIncidents.map((i) => `${i.severity ?? 'SEV-?'} ${i.title} (detected ${i.detected})`).join('; ')
      : 'Open incidents: none',
  );
  const m = s.momentum;
  const since =
    m.daysSinceLastEntry === undefined ? 'no entry yet' : `last entry ${quantity(m.daysSinceLastEntry, 'day')} ago`;
  const mood = m.pausedUntil
    ? `, paused until ${m.pausedUntil}`
    : m.drop
      ? ', the enthusiasm drop'
      : m.quiet
        ? ', quiet'
        : '';
  lines.push(`Momentum: ${m.entriesLast14Days} entries in the last 14 days (best ${m.bestFortnight}), ${since}${mood}`);
  if (s.nextStep) lines.push(`Next step: ${s.nextStep}`);
  if (s.proposedDecisions.length) {
    lines.push(`Proposed decisions: ${s.proposedDecisions.map((d) => `${d.date} ${d.title}`).join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}

function foundText(found: FoundEntries): string {
  if (found.total === 0) return 'No entries match.\n';
  const blocks = found.entries.map((e) => {
    const when = `${e.date}${e.time ? ` ${e.time}` : ''}`;
    const head = `${when} ${e.kind}${e.status ? ` (${e.status})` : ''}: ${e.title}  [line ${e.line}]`;
    return e.body ? `${head}\n${e.body.replace(/^/gm, '    ')}` : head;
  });
  const more =
    found.total > found.entries.length ? `\n(${found.entries.length} of ${found.total}; --limit for more)` : '';
  return `${blocks.join('\n\n')}${more}\n`;
}
