// Decision reviews: a decision may name a day to judge it again (`- Review: YYYY-MM-DD`); from that day on it
// is due until a review on or after that day is written (`- Reviewed:`). A superseded decision is replaced,
// so it is never due. Hand-written reviews read the same way as the ones Review Decision writes.
import { addDays, isCalendarDay } from '../model/calendar';
import { metadataValue } from '../read/parseJournal';
import { decisionStatus } from './entryStatus';
import type { CalendarDay, Entry, Journal } from '../model/types';

/** What a review concludes: keep the decision, look at it again later, or reverse it. */
export const VERDICTS = ['keep', 'revisit', 'reverse'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface DecisionReview {
  readonly entry: Entry;
  /** The day the decision is to be judged again, when it names a valid one. */
  readonly reviewOn: CalendarDay | undefined;
  /** The day of its last review, when one is written. */
  readonly reviewedOn: CalendarDay | undefined;
  /** The last review's verdict, in lower case, as written. */
  readonly verdict: string | undefined;
  /** The review day has come and no review was written on or after it. */
  readonly due: boolean;
}

/** A metadata day: the leading `YYYY-MM-DD` of the value (a time after it is allowed), when it is a real day. */
function dayOf(entry: Pick<Entry, 'metadata'>, key: string): CalendarDay | undefined {
  const day = metadataValue(entry, key)?.trim().slice(0, 10);
  return isCalendarDay(day) ? day : undefined;
}

/** The review day Log Decision proposes: `days` after today, or none when `days` is 0 (never ask). */
export function proposedReviewDay(today: CalendarDay, days: number): CalendarDay | undefined {
  return days > 0 ? addDays(today, Math.floor(days)) : undefined;
}

export function decisionReview(entry: Entry, today: CalendarDay): DecisionReview {
  const reviewOn = dayOf(entry, 'review');
  const reviewedOn = dayOf(entry, 'reviewed');
  const verdict = metadataValue(entry, 'verdict')?.trim().toLowerCase() || undefined;
  const due =
    entry.kind === 'decision' &&
    reviewOn !== undefined &&
    reviewOn <= today &&
    (reviewedOn === undefined || reviewedOn < reviewOn) &&
    decisionStatus(entry) !== 'superseded';
  return { entry, reviewOn, reviewedOn, verdict, due };
}

/** True when the decision's review has come and none was written since. */
export function isReviewDue(entry: Entry, today: CalendarDay): boolean {
  return decisionReview(entry, today).due;
}

/** The decisions whose review is due, longest waiting first (file order among the same day). */
export function dueReviews(journal: Journal, today: CalendarDay): DecisionReview[] {
  const due: DecisionReview[] = [];
  for (const entry of journal.entries) {
    // Only a decision that names a review day can be due: most name none, and are passed without more.
    if (entry.kind !== 'decision' || metadataValue(entry, 'review') === undefined) continue;
    const review = decisionReview(entry, today);
    if (review.due) due.push(review);
  }
  return due.sort((a, b) => ((a.reviewOn as string) < (b.reviewOn as string) ? -1 : a.reviewOn === b.reviewOn ? 0 : 1));
}
