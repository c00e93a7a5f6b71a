import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { z } from 'zod';
import places from '../../../demo/places.json';
import reviews from '../../../demo/reviews.json';
import users from '../../../demo/users.json';
import { ReviewDirection } from '../../../contracts/enums/reviews';
import { newId } from '../../../platform/graphql/ids';
import { applyChange, EMPTY_TOTALS, SUB_RATING_KEYS, type RatingTotals } from '../rating/rating-math';
import { deadlineOf } from '../stay/review-window';
import { checkContent } from './review-content';
import type { Writing } from './review.repository';

/** What reviews needs of the demo files: the places' ids and zones, the users' ids, and the stays with their reviews. */
const star = z.number().int().min(1).max(5);
const demoSchema = z.object({
  places: z.array(
    z.object({ id: z.uuid(), title: z.string(), timeZone: z.string(), checkOutTime: z.iso.time({ precision: -1 }) }),
  ),
  users: z.array(z.object({ key: z.string(), id: z.uuid() })),
  ratingSequence: z.number().int().positive(),
  stays: z.array(
    z.object({
      bookingId: z.uuid(),
      place: z.string(),
      guest: z.string(),
      checkOut: z.iso.date(),
      review: z.object({
        rating: star,
        cleanliness: star,
        accuracy: star,
        checkIn: star,
        communication: star,
        location: star,
        value: star,
        body: z.string(),
      }),
      hostReview: z.object({ rating: star, body: z.string() }).optional(),
    }),
  ),
});
type DemoStay = z.output<typeof demoSchema>['stays'][number];

// The default REVIEW_WINDOW_DAYS: seed hooks get no configuration.
const WINDOW_DAYS = 14;
const DAY_MS = 86_400_000;

/** The text through the API's own rules, so the demo shows what a real review could say. */
function writing(stay: DemoStay, direction: ReviewDirection): Writing {
  const { rating, body, ...subRatings } = stay.review;
  const input =
    direction === ReviewDirection.GUEST_TO_LISTING
      ? { rating, subRatings, text: body, privateNote: null }
      : { rating: stay.hostReview!.rating, subRatings: null, text: stay.hostReview!.body, privateNote: null };
  const checked = checkContent(input, direction);
  if (!checked.ok) throw new Error(`demo review of stay ${stay.bookingId} is invalid: ${checked.error.message}`);
  return checked.value;
}

async function insertReview(
  tx: EntityManager,
  review: { direction: ReviewDirection; listingId: string; authorId: string; aboutUserId: string; bookingId: string },
  content: Writing,
  at: { submittedAt: Date; publishedAt: Date },
): Promise<void> {
  const id = newId();
  const guest = review.direction === ReviewDirection.GUEST_TO_LISTING;
  await tx.execute(
    `insert into reviews.reviews (id, direction, listing_id, author_id, about_user_id, host_booking_id, shown_revision,
       shown_rating, shown_at, created_at) values (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
    [
      id,
      review.direction,
      review.listingId,
      review.authorId,
      review.aboutUserId,
      guest ? null : review.bookingId,
      content.rating,
      at.publishedAt,
      at.submittedAt,
    ],
  );
  const sub = content.subRatings;
  await tx.execute(
    `insert into reviews.revisions (id, review_id, revision, booking_id, direction, rating, cleanliness, accuracy, check_in,
       communication, location, value, body, submitted_at, updated_at, published_at)
     values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      newId(),
      id,
      review.bookingId,
      review.direction,
      content.rating,
      ...SUB_RATING_KEYS.map((k) => sub?.[k] ?? null),
      content.body,
      at.submittedAt,
      at.submittedAt,
      at.publishedAt,
    ],
  );
}

async function insertAggregate(tx: EntityManager, listingId: string, sequence: number, t: RatingTotals): Promise<void> {
  const s = t.subRatingSums;
  // Column order follows SUB_RATING_KEYS.
  await tx.execute(
    `insert into reviews.listing_ratings (listing_id, sequence, review_count, rating_sum, cleanliness_sum, accuracy_sum,
       check_in_sum, communication_sum, location_sum, value_sum, stars_1, stars_2, stars_3, stars_4, stars_5)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [listingId, sequence, t.count, t.ratingSum, ...SUB_RATING_KEYS.map((k) => s[k]), ...t.stars],
  );
}

/**
 * The demo guests' past stays (demo/reviews.json) with their windows long closed: the guests'
 * reviews and, where the file has one, the host's, all published, and each place's aggregate at the
 * file's ratingSequence, the figures bookings' and listings' seeds wrote from the same entries, so
 * nothing is announced. A no-op once the schema has any stay.
 */
export async function seedReviews(em: EntityManager): Promise<void> {
  const [{ count }] = await em.execute<{ count: string }[]>(`select count(*) as count from reviews.stays`);
  if (Number(count) > 0) return;
  const demo = demoSchema.parse({ ...places, ...users, ...reviews });
  const placeByTitle = new Map(demo.places.map((place) => [place.title, place]));
  const userIds = new Map(demo.users.map((user) => [user.key, user.id]));
  const hostId = userIds.get('host');
  if (!hostId) throw new Error('demo users: no "host"');
  const totals = new Map<string, RatingTotals>();
  await em.transactional(async (tx) => {
    for (const stay of demo.stays) {
      const place = placeByTitle.get(stay.place);
      const guestId = userIds.get(stay.guest);
      if (!place || !guestId) throw new Error(`demo stay ${stay.bookingId}: unknown place or guest`);
      const completedAt = DateTime.fromISO(`${stay.checkOut}T${place.checkOutTime}`, { zone: place.timeZone });
      if (!completedAt.isValid) throw new Error(`demo stay ${stay.bookingId}: invalid check-out in ${place.timeZone}`);
      const completed = completedAt.toJSDate();
      const deadline = deadlineOf(completed, WINDOW_DAYS);
      await tx.execute(
        `insert into reviews.stays (booking_id, listing_id, listing_title, guest_id, host_id, check_out, completed_at,
           deadline, closed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [stay.bookingId, place.id, place.title, guestId, hostId, stay.checkOut, completed, deadline, deadline],
      );
      // Both wrote on the day after check-out; a one-sided review waited for the deadline.
      const submittedAt = new Date(completed.getTime() + DAY_MS);
      const at = { submittedAt, publishedAt: stay.hostReview ? submittedAt : deadline };
      const base = { listingId: place.id, bookingId: stay.bookingId };
      const guestWriting = writing(stay, ReviewDirection.GUEST_TO_LISTING);
      await insertReview(
        tx,
        { ...base, direction: ReviewDirection.GUEST_TO_LISTING, authorId: guestId, aboutUserId: hostId },
        guestWriting,
        at,
      );
      if (stay.hostReview)
        await insertReview(
          tx,
          { ...base, direction: ReviewDirection.HOST_TO_GUEST, authorId: hostId, aboutUserId: guestId },
          writing(stay, ReviewDirection.HOST_TO_GUEST),
          at,
        );
      const scored = { rating: guestWriting.rating, subRatings: guestWriting.subRatings! };
      totals.set(place.id, applyChange(totals.get(place.id) ?? EMPTY_TOTALS, null, scored));
    }
    for (const [listingId, listingTotals] of totals)
      await insertAggregate(tx, listingId, demo.ratingSequence, listingTotals);
  });
}
