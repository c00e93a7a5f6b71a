import { ReviewDirection } from '../../../contracts/enums/reviews';

/**
 * Double-blind per stay:
 *
 *   written (by one side) ──other side writes──▶ published (both)
 *          └────────────── deadline passes ─────▶ published (whatever was written)
 *
 * Until then a review is visible to its author only (and admins); a published one to everyone
 * unless hidden by moderation, when only its author and admins still see it.
 */
export function isPublicationDue(written: ReviewDirection[], deadline: Date, now: Date): boolean {
  const both = [ReviewDirection.GUEST_TO_LISTING, ReviewDirection.HOST_TO_GUEST].every((d) => written.includes(d));
  return both || now >= deadline;
}

export interface Visibility {
  authorId: string;
  published: boolean;
  hidden: boolean;
}

export function canSee(viewer: { id: string; admin: boolean } | null, review: Visibility): boolean {
  if (viewer && (viewer.admin || viewer.id === review.authorId)) return true;
  return review.published && !review.hidden;
}
