import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import demo from '../../../demo/reviews.json';
import { demoPlaces } from './demo-listings';

/** What listings needs of demo/reviews.json: which place each guest rated, and how. */
const demoReviewsSchema = z.object({
  ratingSequence: z.number().int().positive(),
  stays: z.array(
    z.object({
      place: z.string(),
      guest: z.string(),
      review: z.object({ rating: z.number().int().min(1).max(5) }),
    }),
  ),
});

export interface DemoRating {
  listingId: string;
  sequence: number;
  averageRating: number;
  reviewCount: number;
}

/**
 * Each reviewed demo place's rating as reviews computes it (exact average of its guests' ratings,
 * one review per guest and place), so the projection agrees with reviews' seeded aggregates.
 */
export function demoRatings(): DemoRating[] {
  const { ratingSequence, stays } = demoReviewsSchema.parse(demo);
  const ids = new Map(demoPlaces().map((place) => [place.title, place.id]));
  const byListing = new Map<string, { guests: Set<string>; sum: number }>();
  for (const { place, guest, review } of stays) {
    const listingId = ids.get(place);
    if (!listingId) throw new Error(`demo review of "${place}": no such place in demo/places.json`);
    const entry = byListing.get(listingId) ?? { guests: new Set<string>(), sum: 0 };
    if (entry.guests.has(guest)) throw new Error(`demo reviews: "${guest}" reviews "${place}" twice`);
    entry.guests.add(guest);
    entry.sum += review.rating;
    byListing.set(listingId, entry);
  }
  return [...byListing].map(([listingId, { guests, sum }]) => ({
    listingId,
    sequence: ratingSequence,
    averageRating: sum / guests.size,
    reviewCount: guests.size,
  }));
}

/** Writes the demo ratings into the rating projection, as if reviews had announced them. */
export async function seedRatings(em: EntityManager): Promise<void> {
  for (const rating of demoRatings())
    await em.execute(
      `insert into listings.listing_ratings (listing_id, sequence, average_rating, review_count) values (?, ?, ?, ?)
       on conflict (listing_id) do nothing`,
      [rating.listingId, rating.sequence, rating.averageRating, rating.reviewCount],
    );
}
