// The Lifecycle view: the charter and momentum at a glance, then the five phases with their entries,
// newest first. It renders only what the stores already read; nothing here reads or writes a file.
import * as vscode from 'vscode';
import {
  entryBody,
  journalStats,
  launchTargetText,
  metadataValue,
  momentumText,
  phaseDescription,
  phaseLabel,
  phaseNamed,
  PHASES,
  shortDay,
  type Entry,
  type JournalStats,
  type Phase,
} from '../core';
import type { Clock } from './clock';
import type { JournalSnapshot, JournalStore } from './journalStore';
import type { JournalWorkspace } from './journalWorkspace';
import { readSettings } from './settings';

export type LifecycleNode =
  | { readonly type: 'folder'; readonly store: JournalStore }
  | { readonly type: 'noJournal'; readonly store: JournalStore }
  | { readonly type: 'info'; readonly store: JournalStore; readonly id: string; readonly label: string; readonly description?: string; readonly icon: string; readonly children?: readonly string[] }
  | { readonly type: 'phase'; readonly store: JournalStore; readonly phase: Phase }
  | { readonly type: 'entry'; readonly store: JournalStore; readonly entry: Entry };

const KIND_ICONS: Record<Entry['kind'], string> = { decision: 'law', incident: 'flame', note: 'note', launch: 'rocket', phase: 'milestone' };

export class PhaseTreeProvider implements vscode.TreeDataProvider<LifecycleNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<LifecycleNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  private readonly statsCache = new WeakMap<JournalSnapshot, { key: string; stats: JournalStats }>();

  constructor(
    private readonly journals: JournalWorkspace,
    private readonly clock: Clock,
  ) {
    this.subscriptions.push(
      journals.onDidChange(() => this.changed.fire(undefined)),
      clock.onDidChangeDay(() => this.changed.fire(undefined)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('sideProject')) this.changed.fire(undefined);
      }),
    );
  }

  /** Stats for a snapshot on today's date, computed once per journal version, day and settings. */
  statsFor(store: JournalStore): JournalStats | undefined {
    const snapshot = store.current;
    if (!snapshot) return undefined;
    const today = this.clock.today();
    const settings = readSettings(store.folder);
    const key = `${today}|${settings.nudgeAfterDays}|${settings.launchTargetDays}`;
    const cached = this.statsCache.get(snapshot);
    if (cached && cached.key === key) return cached.stats;
    const stats = journalStats(snapshot.journal, today, {
      nudgeAfterDays: settings.nudgeAfterDays,
      windowDays: 14,
      dropRatio: 0.25,
      minBestCount: 4,
      launchTargetDays: settings.launchTargetDays,
    });
    this.statsCache.set(snapshot, { key, stats });
    return stats;
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
      case 'info':
        return (node.children ?? []).map((label, i) => ({ type: 'info', store: node.store, id: `${node.id}/${i}`, label, icon: 'check' }));
      case 'phase':
        return (node.store.current?.journal.entries ?? [])
          .filter((e) => e.phase === node.phase)
          .reverse()
          .map((entry) => ({ type: 'entry', store: node.store, entry }));
      default:
        return [];
    }
  }

  private journalChildren(store: JournalStore): LifecycleNode[] {
    const stats = this.statsFor(store);
    const charter = store.current?.journal.charter;
    if (!stats || !charter) return [];
    const key = store.folder.uri.toString();
    const nodes: LifecycleNode[] = [];
    nodes.push({ type: 'info', store, id: `${key}/goal`, label: charter.learningGoal ?? 'No learning goal yet', description: 'learning goal', icon: 'mortar-board' });
    if (charter.definitionOfDone.length > 0) {
      nodes.push({ type: 'info', store, id: `${key}/done`, label: 'Definition of done', description: `${charter.definitionOfDone.length} ${charter.definitionOfDone.length === 1 ? 'item' : 'items'}`, icon: 'checklist', children: charter.definitionOfDone });
    }
    const target = launchTargetText(stats);
    if (target) nodes.push({ type: 'info', store, id: `${key}/target`, label: target, icon: 'calendar' });
    nodes.push({ type: 'info', store, id: `${key}/momentum`, label: momentumText(stats.momentum, stats.today), description: 'momentum', icon: stats.momentum.drop ? 'watch' : 'pulse' });
    for (const phase of PHASES) nodes.push({ type: 'phase', store, phase });
    return nodes;
  }

  getTreeItem(node: LifecycleNode): vscode.TreeItem {
    const key = node.store.folder.uri.toString();
    switch (node.type) {
      case 'folder': {
        const item = new vscode.TreeItem(node.store.folder.name, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `${key}/folder`;
        const stats = this.statsFor(node.store);
        item.description = stats ? phaseLabel(stats.lifecycle.currentPhase) : 'no journal yet';
        item.iconPath = vscode.ThemeIcon.Folder;
        item.resourceUri = node.store.folder.uri;
        item.contextValue = stats ? 'folder.journal' : 'folder.noJournal';
        return item;
      }
      case 'noJournal': {
        const item = new vscode.TreeItem('Start Journal', vscode.TreeItemCollapsibleState.None);
        item.id = `${key}/start`;
        item.iconPath = new vscode.ThemeIcon('add');
        item.command = { command: 'sideProject.startJournal', title: 'Start Journal', arguments: [{ folder: node.store.folder.uri }] };
        item.contextValue = 'noJournal';
        return item;
      }
      case 'info': {
        const item = new vscode.TreeItem(node.label, node.children ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.description = node.description;
        item.iconPath = new vscode.ThemeIcon(node.icon);
        item.tooltip = node.description ? `${node.description}: ${node.label}` : node.label;
        item.contextValue = 'info';
        return item;
      }
      case 'phase': {
        const stats = this.statsFor(node.store);
        const summary = stats?.lifecycle.phases.find((p) => p.phase === node.phase);
        const count = node.store.current?.journal.entries.filter((e) => e.phase === node.phase).length ?? 0;
        const state = summary?.state ?? 'not-reached';
        const collapsible = count === 0 ? vscode.TreeItemCollapsibleState.None : state === 'current' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
        const item = new vscode.TreeItem(phaseLabel(node.phase), collapsible);
        item.id = `${key}/phase/${node.phase}`;
        item.description = summary && stats ? phaseDescription(summary, stats.today, stats.lifecycle.dayOfPhase) : 'not reached';
        item.iconPath = new vscode.ThemeIcon(state === 'current' ? 'debug-stackframe' : state === 'done' ? 'pass' : state === 'skipped' ? 'debug-step-over' : 'circle-large-outline');
        item.contextValue = `phase.${state}`;
        item.tooltip = `${phaseLabel(node.phase)}: ${item.description} · ${count} ${count === 1 ? 'entry' : 'entries'}`;
        return item;
      }
      case 'entry':
        return this.entryItem(node.store, node.entry);
    }
  }

  private entryItem(store: JournalStore, entry: Entry): vscode.TreeItem {
    const phase = entry.kind === 'phase' ? phaseNamed(entry.title) : undefined;
    // A phase entry's title is the phase's name: say it as the phase rows do.
    const label = phase ? `Phase: ${phaseLabel(phase)}${entry.title.slice(phase.length)}` : entry.title || `(untitled ${entry.kind})`;
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = `${store.folder.uri.toString()}/entry/${entry.line}/${entry.date}/${entry.kind}`;
    const today = this.clock.today();
    const status = metadataValue(entry, 'status')?.toLowerCase();
    const open = entry.kind === 'incident' && status !== 'resolved';
    const details = [shortDay(entry.date, today)];
    if (entry.kind === 'incident') details.push(open ? `${status ?? 'open'}${metadataValue(entry, 'severity') ? ` · ${metadataValue(entry, 'severity')}` : ''}` : 'resolved');
    if (entry.kind === 'decision') details.push(status ?? 'accepted');
    item.description = details.join(' · ');
    // Open incidents stand out: a coloured icon, the rest follow the theme's foreground.
    item.iconPath = new vscode.ThemeIcon(KIND_ICONS[entry.kind], open ? new vscode.ThemeColor('list.errorForeground') : undefined);
    item.contextValue = entry.kind === 'incident' ? `entry.incident.${open ? 'open' : 'resolved'}` : `entry.${entry.kind}`;
    const body = store.current ? entryBody(store.current.text, entry) : '';
    const preview = body.split('\n').slice(0, 6).join('\n');
    item.tooltip = `${entry.date}${entry.time ? ` ${entry.time}` : ''} ${entry.kind}: ${entry.title}${preview ? `\n\n${preview}` : ''}`;
    item.command = { command: 'sideProject.openJournal', title: 'Open Journal', arguments: [{ folder: store.folder.uri, line: entry.line }] };
    return item;
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
