// The tools agents use to read and write the journal: one catalog, pure like the rest of the core. Each
// tool has its names (VS Code's and MCP's), a description written for a model (when to use it, what it
// returns), its input schema, and what it does in the core's terms: an entry draft to append, or a query
// over the parsed journal. The adapters (language-model tools, CLI, MCP server) add no tool logic.
import {
  DECISION_STATUSES,
  ENTRY_KINDS,
  PHASES,
  SEVERITIES,
  type CalendarDay,
  type EntryDraft,
  type GitHistory,
  type Journal,
  type WallTime,
} from '../model/types';
import { validateInput, type InputSchema, type Validated } from './inputSchema';
import { findEntries, projectStatus, type FindEntriesArgs, type ProjectStatus, type FoundEntries } from './queries';

/** The local date and time the adapter reads from its clock: the core never reads one. */
export interface Now {
  readonly date: CalendarDay;
  readonly time: WallTime;
}

interface ToolBase<A> {
  /** The name VS Code's language-model tools use (`contributes.languageModelTools`). */
  readonly name: string;
  /** The name the MCP server uses. */
  readonly mcpName: string;
  readonly title: string;
  readonly description: string;
  readonly inputSchema: InputSchema;
  readonly validate: (input: unknown) => Validated<A>;
}

/** A tool that appends one entry: the draft it appends, built from validated arguments and the time. */
export interface WritingTool<A> extends ToolBase<A> {
  readonly writes: true;
  readonly draft: (args: A, now: Now) => EntryDraft;
  /** What a model sent, checked: the draft to make at the time of writing, or why the input is refused. */
  readonly accept: (input: unknown) => Validated<(now: Now) => EntryDraft>;
}

export interface QueryContext {
  readonly text: string;
  readonly journal: Journal;
  readonly today: CalendarDay;
  readonly launchTargetDays: number;
  readonly nudgeAfterDays: number;
  /** The repository's history, where the adapter reads one (VS Code, through the git extension). */
  readonly history?: GitHistory;
}

/** A tool that only reads: its structured result. */
export interface ReadingTool<A, R> extends ToolBase<A> {
  readonly writes: false;
  readonly run: (args: A, context: QueryContext) => R;
  /** What a model sent, checked: the query to run on the journal, or why the input is refused. */
  readonly accept: (input: unknown) => Validated<(context: QueryContext) => R>;
}

/** Any tool of the catalog, as the adapters hold them: each reached through its own guard, `accept`. */
export type Tool = WritingTool<never> | ReadingTool<never, unknown>;

/** The input's arguments handed to `use`, once the input is valid; the validation error otherwise. */
function whenValid<A, R>(validated: Validated<A>, use: (args: A) => R): Validated<R> {
  return validated.ok ? { ok: true, value: use(validated.value) } : validated;
}

function writingTool<A>(spec: Omit<WritingTool<A>, 'validate' | 'accept'>): WritingTool<A> {
  const validate = (input: unknown) => validateInput<A>(spec.inputSchema, input);
  const accept = (input: unknown) => whenValid(validate(input), (args) => (now: Now) => spec.draft(args, now));
  return { ...spec, validate, accept };
}

function readingTool<A, R>(spec: Omit<ReadingTool<A, R>, 'validate' | 'accept'>): ReadingTool<A, R> {
  const validate = (input: unknown) => validateInput<A>(spec.inputSchema, input);
  const accept = (input: unknown) =>
    whenValid(validate(input), (args) => (context: QueryContext) => spec.run(args, context));
  return { ...spec, validate, accept };
}

const schema = (properties: InputSchema['properties'], required: readonly string[] = []): InputSchema => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});

const TITLE_MAX = 200;
const BODY_MAX = 20_000;

// Each tool below is built by calls marked pure (`@__PURE__`): a bundle that never reads the catalog leaves it
// out. The VS Code extension registers its tools by the names the manifest declares and loads the catalog
// with its on-demand bundle (src/onDemand.ts), so the code compiled at start holds none of it.

export interface LogDecisionArgs {
  readonly title: string;
  readonly body?: string;
  readonly options?: string;
  readonly status?: (typeof DECISION_STATUSES)[number];
}

export const logDecisionTool = /* @__PURE__ */ writingTool<LogDecisionArgs>({
  name: 'sideProject_logDecision',
  mcpName: 'log_decision',
  title: 'Log a decision',
  description:
    "Records a decision in the side project's journal (.sideproject/journal.md) as a dated Decision entry. Use it " +
    'when the developer and you settle a choice that shapes the project (a database, a host, a data model, a ' +
    'library, dropping a feature), with the reason in `body`, so it can be found and judged later. Appends only; ' +
    'returns the entry written (date, time, title).',
  inputSchema: /* @__PURE__ */ schema(
    {
      title: {
        type: 'string',
        description: 'The decision, one line, e.g. "Use SQLite over PostgreSQL".',
        maxLength: TITLE_MAX,
      },
      body: {
        type: 'string',
        description: 'Context and rationale: why this option, what it costs, when to revisit.',
        maxLength: BODY_MAX,
      },
      options: {
        type: 'string',
        description: 'The options considered, comma-separated, e.g. "SQLite, PostgreSQL".',
        maxLength: TITLE_MAX,
      },
      status: {
        type: 'string',
        description: 'accepted (the default), proposed, rejected or deprecated.',
        enum: /* @__PURE__ */ DECISION_STATUSES.filter((s) => s !== 'superseded'),
      },
    },
    ['title'],
  ),
  writes: true,
  draft: (args, now) => ({
    kind: 'decision',
    date: now.date,
    time: now.time,
    title: args.title,
    metadata: [['Status', args.status ?? 'accepted'], ...(args.options ? [['Options', args.options] as const] : [])],
    body: args.body,
  }),
});

export interface LogIncidentArgs {
  readonly title: string;
  readonly severity?: (typeof SEVERITIES)[number];
  readonly detected?: string;
  readonly body?: string;
}

export const logIncidentTool = /* @__PURE__ */ writingTool<LogIncidentArgs>({
  name: 'sideProject_logIncident',
  mcpName: 'log_incident',
  title: 'Log an incident',
  description:
    "Records an incident (something broke in production) in the side project's journal as an open Incident " +
    'entry. Use it when the developer reports an outage, data loss, a failed job or an alert worth remembering. ' +
    'Severity: SEV-1 down for everyone or data lost, SEV-2 a core feature broken, SEV-3 degraded with a ' +
    'workaround (the default), SEV-4 minor. Appends only; returns the entry written.',
  inputSchema: /* @__PURE__ */ schema(
    {
      title: { type: 'string', description: 'What broke, one line, e.g. "Database disk full".', maxLength: TITLE_MAX },
      severity: { type: 'string', description: 'SEV-1 (worst) to SEV-4; SEV-3 when not given.', enum: SEVERITIES },
      detected: {
        type: 'string',
        description: 'When it was noticed, local time YYYY-MM-DD HH:mm; now when not given.',
        format: 'date-time',
      },
      body: { type: 'string', description: 'What happened and who was affected.', maxLength: BODY_MAX },
    },
    ['title'],
  ),
  writes: true,
  draft: (args, now) => ({
    kind: 'incident',
    date: now.date,
    time: now.time,
    title: args.title,
    metadata: [
      ['Severity', args.severity ?? 'SEV-3'],
      ['Status', 'open'],
      ['Detected', args.detected ?? `${now.date} ${now.time}`],
    ],
    body: args.body,
  }),
});

export interface LogNoteArgs {
  readonly title: string;
  readonly body?: string;
}

export const logNoteTool = /* @__PURE__ */ writingTool<LogNoteArgs>({
  name: 'sideProject_logNote',
  mcpName: 'log_note',
  title: 'Log a progress note',
  description:
    "Records one line of progress in the side project's journal as a Note entry, e.g. at the end of a working " +
    'session ("Checker loop works against three URLs"). It keeps the project\'s momentum visible. Appends only; ' +
    'returns the entry written.',
  inputSchema: /* @__PURE__ */ schema(
    {
      title: { type: 'string', description: 'One line of progress.', maxLength: TITLE_MAX },
      body: { type: 'string', description: 'Optional details.', maxLength: BODY_MAX },
    },
    ['title'],
  ),
  writes: true,
  draft: (args, now) => ({ kind: 'note', date: now.date, time: now.time, title: args.title, body: args.body }),
});

export const findEntriesTool = /* @__PURE__ */ readingTool<FindEntriesArgs, FoundEntries>({
  name: 'sideProject_findEntries',
  mcpName: 'find_entries',
  title: 'Find journal entries',
  description:
    "Searches the side project's journal: decisions with their rationale, incidents with their resolution, " +
    'notes, phase changes and the launch. Use it to answer "what did we decide about X, and why?" or "what broke ' +
    'last month?" before suggesting something the project already settled. Returns the matching entries newest ' +
    'first (date, time, kind, title, status, phase, metadata, body) and the total count.',
  inputSchema: /* @__PURE__ */ schema({
    words: {
      type: 'string',
      description: 'Words that must all appear in the title, metadata or body (any case).',
      maxLength: TITLE_MAX,
    },
    kind: { type: 'string', description: 'Only entries of this kind.', enum: ENTRY_KINDS },
    status: {
      type: 'string',
      description: 'Only entries with this status, e.g. accepted, proposed, open, resolved.',
      maxLength: 40,
    },
    phase: { type: 'string', description: 'Only entries of this lifecycle phase.', enum: PHASES },
    from: { type: 'string', description: 'Only entries on or after this day, YYYY-MM-DD.', format: 'date' },
    to: { type: 'string', description: 'Only entries on or before this day, YYYY-MM-DD.', format: 'date' },
    limit: { type: 'integer', description: 'At most this many entries (default 20).', minimum: 1, maximum: 100 },
  }),
  writes: false,
  run: (args, context) => findEntries(context.text, context.journal, args),
});

export const getStatusTool = /* @__PURE__ */ readingTool<Record<string, never>, ProjectStatus>({
  name: 'sideProject_getStatus',
  mcpName: 'get_status',
  title: 'Get the project status',
  description:
    "Returns the side project's state from its journal: the charter (learning goal, definition of done, launch " +
    'target), the current phase and its day, days in production, open incidents, momentum (entries in the last ' +
    '14 days, days since the last one, whether the enthusiasm drop is on), the next step, proposed decisions, open ' +
    'action items, and the four key delivery metrics (deployment frequency, lead time for changes, change ' +
    'failure rate, time to restore) with their DORA performance bands. ' +
    'Use it at the start of a working session to know where the project stands.',
  inputSchema: /* @__PURE__ */ schema({}),
  writes: false,
  run: (_args, context) => projectStatus(context),
});

/** Every tool, in the order they are listed to models. */
export const TOOLS: readonly Tool[] = [
  logDecisionTool,
  logIncidentTool,
  logNoteTool,
  findEntriesTool,
  getStatusTool,
] as unknown as readonly Tool[];

/** The input key that lets an agent in a multi-root VS Code window say which folder's journal it means. */
export const FOLDER_PROPERTY = {
  type: 'string',
  description: "The workspace folder's name, when several are open; by default the active editor's folder.",
  maxLength: 200,
} as const;

/** A tool's input schema as VS Code publishes it: the catalog's, plus `folder`. */
export function vscodeInputSchema(tool: Pick<Tool, 'inputSchema'>): InputSchema {
  return { ...tool.inputSchema, properties: { ...tool.inputSchema.properties, folder: FOLDER_PROPERTY } };
}
