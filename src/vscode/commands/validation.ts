import * as vscode from 'vscode';
import { COMMIT_SHA, isCalendarDay, parseDayAndTime, type CalendarDay } from '../../core';

export function validateDay(value: string): string | undefined {
  return isCalendarDay(value) ? undefined : vscode.l10n.t('Write a day as YYYY-MM-DD, for example 2026-12-24');
}

export function validateFutureDay(today: CalendarDay) {
  return (value: string): string | undefined =>
    validateDay(value) ?? (value < today ? vscode.l10n.t('Pick today ({0}) or a later day', today) : undefined);
}

export function validateDayAndTime(value: string): string | undefined {
  return parseDayAndTime(value)
    ? undefined
    : vscode.l10n.t('Write a time as YYYY-MM-DD HH:mm, for example 2026-11-22 02:10');
}

/** Definition-of-done items typed on one line, separated by semicolons. */
export function splitItems(value: string | undefined): string[] {
  return (value ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A resolution time: a day and a time, not before the incident was detected (`detected`, as written). */
export function validateResolvedAt(detected: string) {
  const start = parseDayAndTime(detected);
  const from = start ? `${start.day} ${start.time ?? '00:00'}` : undefined;
  return (value: string): string | undefined => {
    const at = parseDayAndTime(value);
    if (!at?.time) return vscode.l10n.t('Write a time as YYYY-MM-DD HH:mm, for example 2026-11-22 03:40');
    return from && `${at.day} ${at.time}` < from
      ? vscode.l10n.t('Not before the incident was detected ({0})', from)
      : undefined;
  };
}

/** A commit's hash as `- Commit:` holds it (the parser's rule); empty is fine where the question is optional. */
export function validateCommit(value: string): string | undefined {
  if (value === '' || COMMIT_SHA.test(value)) return undefined;
  return vscode.l10n.t('Write a commit hash: 4 to 40 hex digits, for example 3f9c2a17b0de');
}
