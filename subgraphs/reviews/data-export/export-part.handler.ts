import { defineHandler } from '../../../platform/events/event-handler';
import { publish } from '../../../platform/events/publish';
import { seal } from '../../../platform/events/sealed-box';
import { UserExportRequested } from '../../../contracts/events/accounts';
import { ReviewsExportPartReady } from '../../../contracts/events/reviews';

/** Every revision the user wrote, and the published reviews hosts wrote about them (without naming the hosts). */
export const exportReviewsPart = defineHandler({
  name: 'reviews.export_user_part',
  event: UserExportRequested,
  kind: 'reaction',
  description: 'answers with the reviews the user wrote and those about them (reviews.export_part_ready)',
  async handle({ payload }, { em, clock }) {
    const [{ written, about }] = await em.execute<{ written: unknown[]; about: unknown[] }[]>(
      `select
         (select coalesce(jsonb_agg(to_jsonb(w) order by w.submitted_at), '[]'::jsonb) from (
            select r.id as review_id, r.direction, r.listing_id, v.revision, v.booking_id, v.rating, v.body,
                   v.private_note, v.submitted_at, v.published_at, v.response, v.responded_at
              from reviews.reviews r join reviews.revisions v on v.review_id = r.id
             where r.author_id = ?) w) as written,
         (select coalesce(jsonb_agg(to_jsonb(a) order by a.published_at), '[]'::jsonb) from (
            select r.id as review_id, r.direction, r.listing_id, v.rating, v.body, v.published_at
              from reviews.reviews r join reviews.revisions v on v.review_id = r.id and v.revision = r.shown_revision
             where r.about_user_id = ? and r.hidden_at is null) a) as about`,
      [payload.userId, payload.userId],
    );
    await publish(
      em,
      ReviewsExportPartReady,
      {
        exportId: payload.exportId,
        userId: payload.userId,
        sealedPart: seal(payload.publicKey, JSON.stringify({ written, about })),
      },
      { clock },
    );
  },
});
