import { z } from 'zod';
import { ReviewDirection } from '../enums/reviews';
import { defineEvent } from './event';
import { exportPartReady } from './data-export';

export const ListingRatingChanged = defineEvent({
  name: 'listing.rating_changed',
  version: 1,
  producer: 'reviews',
  description:
    "A listing's rating after a review was published, replaced, hidden or shown again: a snapshot, not a delta. reviewCount 0 with averageRating null means the listing has no rating any more.",
  payload: z
    .object({
      listingId: z.uuid().describe('the listing'),
      sequence: z
        .number()
        .int()
        .nonnegative()
        .describe('per listing, strictly increasing; a figure not newer than the one kept changes nothing'),
      averageRating: z
        .number()
        .min(1)
        .max(5)
        .nullable()
        .describe('the exact average of its shown reviews (current revisions only); null when reviewCount is 0'),
      reviewCount: z.number().int().nonnegative().describe('how many shown reviews it has; 0: no rating any more'),
    })
    .refine((p) => (p.reviewCount === 0) === (p.averageRating === null), {
      message: 'averageRating is null exactly when reviewCount is 0',
    }),
});

export const ReviewPublished = defineEvent({
  name: 'review.published',
  version: 1,
  producer: 'reviews',
  description:
    'A review became visible: both sides of the stay wrote theirs, or the review window closed. Sent once per published revision.',
  payload: z.object({
    reviewId: z.uuid().describe('the review (a guest keeps one per listing; a later stay publishes a new revision)'),
    revision: z.number().int().positive().describe('the published revision, 1 for the first stay reviewed'),
    direction: z.enum(ReviewDirection).describe('GUEST_TO_LISTING or HOST_TO_GUEST'),
    bookingId: z.uuid().describe('the stay the review is about'),
    listingId: z.uuid().describe('the listing stayed at'),
    authorId: z.uuid().describe('who wrote it'),
    aboutUserId: z.uuid().describe('who it is about: the host for a listing review, the guest for a host review'),
    rating: z.number().int().min(1).max(5).describe('the overall rating, 1 to 5'),
  }),
});

export const ReviewReminderDue = defineEvent({
  name: 'review.reminder_due',
  version: 1,
  producer: 'reviews',
  description:
    'Someone can still review a stay and has not: sent a day after check-out and again a day before the review window closes (never after they wrote theirs).',
  payload: z.object({
    bookingId: z.uuid().describe('the stay to review'),
    listingId: z.uuid().describe('the listing stayed at'),
    listingTitle: z.string().describe("the listing's title when booked"),
    recipientId: z
      .uuid()
      .describe('who is reminded: the guest (to review the listing) or the host (to review the guest)'),
    direction: z.enum(ReviewDirection).describe('GUEST_TO_LISTING: remind the guest; HOST_TO_GUEST: remind the host'),
    checkOut: z.iso.date().describe("local date YYYY-MM-DD of departure, in the listing's time zone"),
    deadline: z.iso.datetime().describe('the instant the review window closes'),
    last: z.boolean().describe('true for the reminder a day before the window closes'),
  }),
});

export const ReviewsExportPartReady = exportPartReady('reviews');

export const REVIEWS_EVENTS = [ListingRatingChanged, ReviewPublished, ReviewReminderDue, ReviewsExportPartReady];
