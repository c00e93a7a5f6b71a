import type { Viewer } from '../../../platform/graphql/viewer';
import { Role } from '../../../platform/graphql/role';
import { canSee } from './blind-rules';
import type { ReviewRecord, RevisionRecord } from './review.records';
import type { Review } from './review.types';

export function viewerOf(viewer: Viewer | null): { id: string; admin: boolean } | null {
  return viewer ? { id: viewer.id, admin: viewer.roles.includes(Role.ADMIN) } : null;
}

/**
 * The revision a viewer sees of a review, or null when they may see none: its author and admins the
 * latest (published or not), everyone else the shown one unless hidden.
 */
export function revisionFor(
  viewer: Viewer | null,
  review: ReviewRecord,
  revisions: RevisionRecord[],
): RevisionRecord | null {
  const who = viewerOf(viewer);
  const latest = revisions.reduce<RevisionRecord | null>((a, b) => (a && a.revision > b.revision ? a : b), null);
  if (!latest) return null;
  if (who && (who.admin || who.id === review.authorId)) return latest;
  const shown = revisions.find((r) => r.revision === review.shownRevision) ?? null;
  const visible = canSee(who, {
    authorId: review.authorId,
    published: shown !== null,
    hidden: review.hiddenAt !== null,
  });
  return visible ? shown : null;
}

/** A review as the schema shows it to this viewer; the private note only to those it is meant for. */
export function present(viewer: Viewer | null, review: ReviewRecord, revision: RevisionRecord): Review {
  const who = viewerOf(viewer);
  const published = revision.publishedAt !== null;
  const mayReadNote =
    who !== null && (who.admin || who.id === review.authorId || (published && who.id === review.aboutUserId));
  return {
    id: review.id,
    direction: review.direction,
    listing: { id: review.listingId },
    author: { id: review.authorId },
    about: { id: review.aboutUserId },
    revision: revision.revision,
    rating: revision.rating,
    subRatings: revision.subRatings,
    text: revision.body,
    privateNote: mayReadNote ? revision.privateNote : null,
    published,
    hidden: review.hiddenAt !== null,
    submittedAt: revision.submittedAt,
    publishedAt: revision.publishedAt,
    response:
      revision.response && revision.respondedAt ? { text: revision.response, respondedAt: revision.respondedAt } : null,
  };
}
