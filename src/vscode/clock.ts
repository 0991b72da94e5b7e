// The one place that reads the time. Views ask it for today's date and listen for the day to change, so
// counters roll over at local midnight while the window stays open; tests set the time instead of waiting.
import * as vscode from 'vscode';
import { toCalendarDay, toWallTime, type CalendarDay, type WallTime } from '../core';

export class Clock implements vscode.Disposable {
  private fixed: Date | undefined;
  private midnightTimer: ReturnType<typeof setTimeout> | undefined;
  private lastDay: CalendarDay;
  private readonly dayChanged = new vscode.EventEmitter<CalendarDay>();
  /** Fires with the new day when the local date changes. */
  readonly onDidChangeDay = this.dayChanged.event;

  /** `pinnedNow`: end-to-end tests and screenshots pin the time from outside the host (local time, ISO form). */
  constructor(pinnedNow?: string) {
    const pinned = pinnedNow ? new Date(pinnedNow) : undefined;
    if (pinned && !Number.isNaN(pinned.getTime())) this.fixed = pinned;
    this.lastDay = this.today();
    this.scheduleMidnight();
  }

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }

  today(): CalendarDay {
    return toCalendarDay(this.now());
  }

  localNow(): { date: CalendarDay; time: WallTime } {
    const now = this.now();
    return { date: toCalendarDay(now), time: toWallTime(now) };
  }

  /** Pins the time (tests); `undefined` returns to the real clock. Fires a day change if the day moved. */
  set(time: Date | undefined): void {
    this.fixed = time;
    this.checkDay();
    this.scheduleMidnight();
  }

  private checkDay(): void {
    const today = this.today();
    if (today !== this.lastDay) {
      this.lastDay = today;
      this.dayChanged.fire(today);
    }
  }

  private scheduleMidnight(): void {
    clearTimeout(this.midnightTimer);
    if (this.fixed) return;
    const now = new Date();
    const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
    // Capped so a suspended laptop or a DST jump is caught within the hour.
    this.midnightTimer = setTimeout(
      () => {
        this.checkDay();
        this.scheduleMidnight();
      },
      Math.min(next.getTime() - now.getTime(), 60 * 60 * 1000),
    );
  }

  dispose(): void {
    clearTimeout(this.midnightTimer);
    this.dayChanged.dispose();
  }
}
