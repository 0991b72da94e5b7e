// A notification shown at most once per key and never stacked: what the momentum nudge and the review
// reminder share. The key is remembered in the workspace state before the notification shows, so dismissing
// it once, a reload or a second window on the same folder never shows it again.
import type * as vscode from 'vscode';

export class OncePerKey {
  private showing = false;

  constructor(
    private readonly state: vscode.Memento,
    /** Where the shown keys are kept in the workspace state. */
    private readonly stateKey: string,
    /** How many keys are kept: the oldest are forgotten. */
    private readonly kept: number,
  ) {}

  /** True while a notification waits for an answer: a second one never stacks on it. */
  get isShowing(): boolean {
    return this.showing;
  }

  shown(key: string): boolean {
    return this.state.get<string[]>(this.stateKey, []).includes(key);
  }

  /** Remembers `key`, then runs `show` (the notification and what its answer does) and returns its result. */
  async show<T>(key: string, show: () => Promise<T>): Promise<T> {
    const shown = this.state.get<string[]>(this.stateKey, []);
    await this.state.update(this.stateKey, [...shown.slice(1 - this.kept), key]);
    this.showing = true;
    try {
      return await show();
    } finally {
      this.showing = false;
    }
  }
}
