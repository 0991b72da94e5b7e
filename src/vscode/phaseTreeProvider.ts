// The Lifecycle view: the charter and momentum at a glance, then the five phases with their entries,
// newest first. It renders only what the stores already read; nothing here reads or writes a file.
//
// Every item has an id, and the view remembers what was expanded by id. A phase's id says its state, so a
// phase that becomes the current one is a new item, expanded by default, and the one it replaced folds up.
import * as vscode from 'vscode';
import {
  doneItem,
  entryBody,
  entryRow,
  entryTitle,
  lessons,
  glanceRows,
  openActionItemsText,
  isReviewDue,
  phaseDescription,
  phaseLabel,
  PHASES,
  plural,
  type Entry,
  type GlanceRow,
  type Lesson,
  type Phase,
  type PhaseSummary,
} from '../core';
import type { Clock } from './clock';
import { CommandId } from './commands/commandIds';
import { commandFor } from './commands/runCommand';
import { Disposable } from './dispose';
import type { JournalStatsService } from './journalStatsService';
import type { JournalStore } from './journalStore';
import type { JournalWorkspace } from './journalWorkspace';
import { SECTION } from './settings';

export type LifecycleNode =
  | { readonly type: 'folder'; readonly store: JournalStore }
  | { readonly type: 'noJournal'; readonly store: JournalStore }
  | { readonly type: 'glance'; readonly store: JournalStore; readonly row: GlanceRow }
  | {
      readonly type: 'doneItem';
      readonly store: JournalStore;
      readonly parent: GlanceRow;
      readonly index: number;
      readonly label: string;
    }
  | { readonly type: 'phase'; readonly store: JournalStore; readonly phase: Phase }
  | { readonly type: 'lessons'; readonly store: JournalStore }
  | { readonly type: 'lesson'; readonly store: JournalStore; readonly lesson: Lesson; readonly index: number }
  | { readonly type: 'entry'; readonly store: JournalStore; readonly entry: Entry };

/** A phase's state in words, read when drawn: the translations are loaded by then. */
const PHASE_STATES: Record<PhaseSummary['state'], () => string> = {
  current: () => vscode.l10n.t('current'),
  done: () => vscode.l10n.t('done'),
  skipped: () => vscode.l10n.t('skipped'),
  'not-reached': () => vscode.l10n.t('not reached'),
};

const KIND_ICONS: Record<Entry['kind'], string> = {
  decision: 'law',
  incident: 'flame',
  note: 'note',
  launch: 'rocket',
  phase: 'milestone',
  deploy: 'cloud-upload',
};

export class PhaseTreeProvider extends Disposable implements vscode.TreeDataProvider<LifecycleNode> {
  private readonly changed = this.register(new vscode.EventEmitter<LifecycleNode | undefined>());
  private readonly lessonCache = new WeakMap<object, readonly Lesson[]>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly journals: JournalWorkspace,
    private readonly clock: Clock,
    private readonly stats: JournalStatsService,
  ) {
    super();
    this.register(journals.onDidChange(() => this.changed.fire(undefined)));
    this.register(clock.onDidChangeDay(() => this.changed.fire(undefined)));
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SECTION)) this.changed.fire(undefined);
      }),
    );
  }

  async getChildren(node?: LifecycleNode): Promise<LifecycleNode[]> {
    if (!node) {
      await this.journals.loadAll();
      const stores = this.journals.all;
      if (stores.length > 1) return stores.map((store) => ({ type: 'folder', store }));
      return stores[0]?.current ? this.journalChildren(stores[0]) : [];
    }
    switch (node.type) {
      case 'folder':
        return node.store.current ? this.journalChildren(node.store) : [{ type: 'noJournal', store: node.store }];
      case 'glance':
        return (node.row.children ?? []).map((label, index) => ({
          type: 'doneItem',
          store: node.store,
          parent: node.row,
          index,
          label,
        }));
      case 'lessons':
        return this.lessonsOf(node.store).map((lesson, index) => ({
          type: 'lesson',
          store: node.store,
          lesson,
          index,
        }));
      case 'phase':
        return (node.store.current?.journal.entries ?? [])
          .filter((e) => e.phase === node.phase)
          .reverse()
          .map((entry) => ({ type: 'entry', store: node.store, entry }));
      default:
        return [];
    }
  }

  /**
   * The node above `node`, for TreeView.reveal. Nodes are values rebuilt on every read: the view matches
   * them by their items' ids, so the parent returned here only has to have the same id as the one shown.
   */
  getParent(node: LifecycleNode): LifecycleNode | undefined {
    switch (node.type) {
      case 'entry':
        return { type: 'phase', store: node.store, phase: node.entry.phase };
      case 'doneItem':
        return { type: 'glance', store: node.store, row: node.parent };
      case 'lesson':
        return { type: 'lessons', store: node.store };
      case 'folder':
        return undefined;
      default:
        // The top level is the journal's rows, or one node per folder in a multi-root workspace.
        return this.journals.all.length > 1 ? { type: 'folder', store: node.store } : undefined;
    }
  }

  private journalChildren(store: JournalStore): LifecycleNode[] {
    const stats = this.stats.statsFor(store);
    const charter = store.current?.journal.charter;
    if (!stats || !charter) return [];
    const nodes: LifecycleNode[] = glanceRows(charter, stats).map((row) => ({ type: 'glance', store, row }));
    for (const phase of PHASES) nodes.push({ type: 'phase', store, phase });
    // Shown once there is something to look back on: a new journal's view stays as short as it was.
    if (this.lessonsOf(store).length > 0) nodes.push({ type: 'lessons', store });
    return nodes;
  }

  /** The journal's lessons, newest first, read once per version of the journal. */
  private lessonsOf(store: JournalStore): readonly Lesson[] {
    const snapshot = store.current;
    if (!snapshot) return [];
    let found = this.lessonCache.get(snapshot);
    if (!found) this.lessonCache.set(snapshot, (found = lessons(snapshot.text, snapshot.journal)));
    return found;
  }

  getTreeItem(node: LifecycleNode): vscode.TreeItem {
    const key = node.store.folder.uri.toString();
    switch (node.type) {
      case 'folder': {
        const item = new vscode.TreeItem(node.store.folder.name, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `${key}/folder`;
        const stats = this.stats.statsFor(node.store);
        item.description = stats ? phaseLabel(stats.lifecycle.currentPhase) : vscode.l10n.t('no journal yet');
        item.iconPath = vscode.ThemeIcon.Folder;
        item.resourceUri = node.store.folder.uri;
        item.contextValue = stats ? 'folder.journal' : 'folder.noJournal';
        return item;
      }
      case 'noJournal': {
        const item = new vscode.TreeItem(vscode.l10n.t('Start Journal'), vscode.TreeItemCollapsibleState.None);
        item.id = `${key}/start`;
        item.iconPath = new vscode.ThemeIcon('add');
        item.command = commandFor(CommandId.StartJournal, vscode.l10n.t('Start Journal'), {
          folder: node.store.folder.uri,
        });
        item.contextValue = 'noJournal';
        return item;
      }
      case 'glance': {
        const { row } = node;
        const item = new vscode.TreeItem(
          row.label,
          row.children ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
        );
        item.id = `${key}/${row.key}`;
        item.description = row.description;
        item.iconPath = new vscode.ThemeIcon(row.icon);
        item.tooltip = row.tooltip;
        item.accessibilityInformation = { label: row.tooltip.replace(/\n/g, ', ') };
        item.contextValue = `glance.${row.key}`;
        // The next-step row runs the command that writes it.
        if (row.key === 'next') {
          item.command = commandFor(CommandId.SetNextStep, vscode.l10n.t('Set Next Step'), {
            folder: node.store.folder.uri,
          });
        }
        return item;
      }
      case 'doneItem': {
        const { text, done } = doneItem(node.label);
        const item = new vscode.TreeItem(text, vscode.TreeItemCollapsibleState.None);
        item.id = `${key}/${node.parent.key}/${node.index}`;
        item.description = done ? vscode.l10n.t('done') : undefined;
        item.iconPath = new vscode.ThemeIcon(done ? 'pass-filled' : 'circle-large-outline');
        item.tooltip = done ? vscode.l10n.t('{0} (done)', text) : vscode.l10n.t('{0} (not done yet)', text);
        item.contextValue = 'glance.doneItem';
        return item;
      }
      case 'lessons': {
        const count = this.lessonsOf(node.store).length;
        const item = new vscode.TreeItem(vscode.l10n.t('Lessons'), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `${key}/lessons`;
        item.description = String(count);
        item.iconPath = new vscode.ThemeIcon('lightbulb');
        item.tooltip = plural(
          count,
          vscode.l10n.t('{0} lesson from resolved incidents and reviewed decisions, newest first', count),
          vscode.l10n.t('{0} lessons from resolved incidents and reviewed decisions, newest first', count),
        );
        item.contextValue = 'lessons';
        return item;
      }
      case 'lesson': {
        const { lesson } = node;
        const item = new vscode.TreeItem(lesson.text, vscode.TreeItemCollapsibleState.None);
        item.id = `${key}/lesson/${node.index}/${lesson.entry.line}`;
        item.description = `${entryTitle(lesson.entry)} · ${lesson.on}`;
        item.iconPath = new vscode.ThemeIcon(lesson.entry.kind === 'incident' ? 'flame' : 'law');
        item.tooltip = `${lesson.text}\n${entryTitle(lesson.entry)} (${lesson.entry.kind}, ${lesson.on})`;
        item.contextValue = `lesson.${lesson.entry.kind}`;
        const at = { folder: node.store.folder.uri, line: lesson.entry.line, preserveFocus: true };
        item.command = commandFor(CommandId.OpenJournal, vscode.l10n.t('Open Journal'), at);
        return item;
      }
      case 'phase': {
        const stats = this.stats.statsFor(node.store);
        const summary = stats?.lifecycle.phases.find((p) => p.phase === node.phase);
        const inPhase = node.store.current?.journal.entries.filter((e) => e.phase === node.phase) ?? [];
        const count = inPhase.length;
        const toDo = inPhase.reduce((n, e) => n + (e.actionItems?.open ?? 0), 0);
        const state = summary?.state ?? 'not-reached';
        const collapsible =
          count === 0
            ? vscode.TreeItemCollapsibleState.None
            : state === 'current'
              ? vscode.TreeItemCollapsibleState.Expanded
              : vscode.TreeItemCollapsibleState.Collapsed;
        const item = new vscode.TreeItem(phaseLabel(node.phase), collapsible);
        // The state is part of the id: see the note at the top of this file.
        item.id = `${key}/phase/${node.phase}/${state}`;
        item.description =
          (summary && stats
            ? phaseDescription(summary, stats.today, stats.lifecycle.dayOfPhase)
            : PHASE_STATES[state]()) + (toDo > 0 ? ` · ${vscode.l10n.t('{0} to do', toDo)}` : '');
        item.iconPath = new vscode.ThemeIcon(
          state === 'current'
            ? 'debug-stackframe'
            : state === 'done'
              ? 'pass'
              : state === 'skipped'
                ? 'debug-step-over'
                : 'circle-large-outline',
        );
        item.contextValue = `phase.${state}`;
        const entries = plural(count, vscode.l10n.t('{0} entry', count), vscode.l10n.t('{0} entries', count));
        const actions = toDo > 0 ? ` · ${openActionItemsText(toDo)}` : '';
        const facts = `${item.description} · ${entries}${actions}`;
        item.tooltip = `${phaseLabel(node.phase)} (${PHASE_STATES[state]()}): ${facts}`;
        return item;
      }
      case 'entry':
        return this.entryItem(node.store, node.entry);
    }
  }

  private entryItem(store: JournalStore, entry: Entry): vscode.TreeItem {
    const row = entryRow(entry, this.clock.today(), store.current ? entryBody(store.current.text, entry) : '');
    const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
    item.id = `${store.folder.uri.toString()}/entry/${entry.line}/${entry.date}/${entry.kind}`;
    item.description = row.description;
    item.tooltip = row.tooltip;
    // An open incident stands out by its shape too (high-contrast themes, colour blindness): a flame in the
    // error colour, where a resolved one has a check.
    const icon = entry.kind === 'incident' && !row.open ? 'pass' : KIND_ICONS[entry.kind];
    item.iconPath = new vscode.ThemeIcon(icon, row.open ? new vscode.ThemeColor('list.errorForeground') : undefined);
    item.contextValue =
      entry.kind === 'incident'
        ? `entry.incident.${row.open ? 'open' : 'resolved'}`
        : entry.kind === 'decision' && isReviewDue(entry, this.clock.today())
          ? 'entry.decision.reviewDue'
          : `entry.${entry.kind}`;
    const at = { folder: store.folder.uri, line: entry.line, preserveFocus: true };
    item.command = commandFor(CommandId.OpenJournal, vscode.l10n.t('Open Journal'), at);
    return item;
  }
}
