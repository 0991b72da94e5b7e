/** A day in the user's local calendar, `YYYY-MM-DD`. Never a UTC instant: see calendar.ts. */
export type CalendarDay = string;
/** A local 24-hour wall-clock time, `HH:mm`. */
export type WallTime = string;

export const PHASES = ['design', 'build', 'deploy', 'operate', 'maintain'] as const;
export type Phase = (typeof PHASES)[number];

export const ENTRY_KINDS = ['phase', 'decision', 'incident', 'note', 'launch', 'deploy'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const DECISION_STATUSES = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const INCIDENT_STATUSES = ['open', 'mitigated', 'resolved'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const DEPLOY_STATUSES = ['succeeded', 'failed', 'rolled-back'] as const;
export type DeployStatus = (typeof DEPLOY_STATUSES)[number];

export const SEVERITIES = ['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/** The problems the editor offers a quick fix for (src/core/document/fixes.ts). */
export type DiagnosticCode = 'unknown-kind' | 'unknown-status' | 'impossible-date';

/** A problem found while reading the journal. `line` is 0-based, like VS Code's positions. */
export interface Diagnostic {
  readonly line: number;
  readonly severity: DiagnosticSeverity;
  readonly message: string;
  readonly code?: DiagnosticCode;
}

/** One `- Key: value` line right under an entry heading. */
export interface MetadataItem {
  readonly key: string;
  readonly value: string;
  /** 0-based line of this item in the file. */
  readonly line: number;
}

export interface Entry {
  readonly kind: EntryKind;
  readonly date: CalendarDay;
  readonly time: WallTime | undefined;
  readonly title: string;
  readonly metadata: readonly MetadataItem[];
  /** The lifecycle phase this entry belongs to (the one in effect at its place, or its `- Phase:` item). */
  readonly phase: Phase;
  /** 0-based line of the heading. */
  readonly line: number;
  /** 0-based line after the entry's last line (the next heading, or the line count). */
  readonly endLine: number;
  /** Character offsets of the entry in the text: [start, end). */
  readonly start: number;
  readonly end: number;
  /** Where the body (after heading and metadata) starts, as a character offset. */
  readonly bodyStart: number;
  /**
   * Where the entry's last line with anything after up to three spaces starts (a character offset), as the
   * parser saw it: where the outline and the folds find the entry's last text without walking back to it.
   */
  readonly lastLineStart?: number;
  /** An incident's `- [ ]` and `- [x]` lines under its `### Action items` heading, when it has that heading. */
  readonly actionItems?: ActionItems;
}

export interface ActionItems {
  readonly open: number;
  readonly done: number;
}

/** The front matter's facts. Dates stay calendar-day strings. Unknown keys are kept in `extra`. */
export interface Charter {
  readonly project?: string;
  readonly started?: CalendarDay;
  readonly launchTarget?: CalendarDay;
  readonly launched?: CalendarDay;
  readonly learningGoal?: string;
  readonly definitionOfDone: readonly string[];
  readonly pausedUntil?: CalendarDay;
  /** One line: what to do next, so an evening's work starts without deciding what to work on. */
  readonly nextStep?: string;
  readonly extra: Readonly<Record<string, unknown>>;
}

export type FrontMatterState =
  /** No front matter block: charter edits insert one. */
  | { readonly state: 'missing' }
  /** A readable YAML block between `startLine` and `endLine` (the two `---` lines). */
  | { readonly state: 'ok'; readonly startLine: number; readonly endLine: number }
  /** Present but unreadable: the extension never edits it. */
  | {
      readonly state: 'malformed';
      readonly startLine: number;
      readonly endLine: number | undefined;
      readonly reason: string;
    };

/** A block construct still open at the end of the text, which an append must close first. */
export type OpenBlock = { readonly kind: 'fence'; readonly marker: string } | { readonly kind: 'comment' };

export interface Journal {
  readonly bom: boolean;
  /** The file's line ending: the first one it uses, `\n` when it has none. */
  readonly eol: '\n' | '\r\n';
  readonly finalNewline: boolean;
  readonly lineCount: number;
  readonly frontMatter: FrontMatterState;
  readonly charter: Charter;
  readonly entries: readonly Entry[];
  readonly diagnostics: readonly Diagnostic[];
  readonly openBlockAtEnd: OpenBlock | undefined;
}

/** What a command asks the core to append: everything an entry is, before it has a place in a file. */
export interface EntryDraft {
  readonly kind: EntryKind;
  readonly date: CalendarDay;
  readonly time?: WallTime;
  readonly title: string;
  readonly metadata?: readonly (readonly [key: string, value: string])[];
  readonly body?: string;
}

/** A minimal change to a text: replace `length` characters at `offset` with `text`. */
export interface TextEdit {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

/** One commit of the repository's history, as plain data (the core never runs git). Times in ms since 1970. */
export interface CommitInfo {
  readonly sha: string;
  readonly authorTime: number;
  /** When it was committed; a deploy tag on it is dated at this time. */
  readonly commitTime: number;
  readonly parents: readonly string[];
}

/** What the repository says about delivery: its recent commits and the tags that mark deploys. */
export interface GitHistory {
  /** Newest first, as `git log` gives them, bounded by the adapter. */
  readonly commits: readonly CommitInfo[];
  /** Tags that matched the deploy tag pattern, with the commit each names. */
  readonly deployTags: readonly { readonly name: string; readonly sha: string }[];
}
