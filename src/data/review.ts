/**
 * When the bundled content is due to be checked again. Pure: the caller passes today's date, so
 * the rule is tested with a fixed clock.
 */

/** How many days before `meta.nextReview` the build starts to warn. */
export const REVIEW_WARNING_DAYS = 60;

export type ReviewStatus =
  | { readonly state: 'current'; readonly daysLeft: number }
  | { readonly state: 'due-soon'; readonly daysLeft: number }
  | { readonly state: 'overdue'; readonly daysOver: number };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days from ISO date `from` to ISO date `to` (negative when `to` is earlier), in UTC. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * `today` is an ISO date ("2026-12-02"). Due on `nextReview` itself (0 days left) and in the
 * 60 days before it; overdue from the day after.
 */
export function reviewStatus(meta: { readonly nextReview: string }, today: string): ReviewStatus {
  const daysLeft = daysBetween(today, meta.nextReview);
  if (daysLeft < 0) return { state: 'overdue', daysOver: -daysLeft };
  if (daysLeft <= REVIEW_WARNING_DAYS) return { state: 'due-soon', daysLeft };
  return { state: 'current', daysLeft };
}

/** The build's warning for a status, or undefined when the content is current. */
export function reviewWarning(file: string, meta: { readonly nextReview: string }, today: string): string | undefined {
  const status = reviewStatus(meta, today);
  if (status.state === 'current') return undefined;
  if (status.state === 'due-soon') {
    return `${file}: meta.nextReview: the content is due for review on ${meta.nextReview}, ${status.daysLeft ? `in ${status.daysLeft} days` : 'today'}. Check every source again and update meta.lastReviewed and meta.nextReview.`;
  }
  return `${file}: meta.nextReview: the content was due for review on ${meta.nextReview}, ${status.daysOver} days ago. Check every source again before the next release.`;
}
