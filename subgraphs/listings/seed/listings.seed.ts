import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_USER_IDS } from '../../../contracts/demo-users';
import { publish } from '../../../platform/events/publish';
import { ListingPublished } from '../../../contracts/events/listings';
import { listingTerms } from '../listing/listing-terms';
import { Listing } from '../listing/listing.entity';
import { ListingStatus } from '../listing/listing.enums';
import { demoListings } from './demo-listings';
import { seedRatings } from './demo-ratings';

const DAY_MS = 86_400_000;

/**
 * The demo host's published listings, announced like `publishListing` does (bookings learns their
 * terms through the worker), and the ratings of those the demo guests reviewed (demo/reviews.json;
 * reviews seeds the same figures, so nothing is announced), in one transaction. A no-op once the
 * schema has any listing.
 */
export async function seedListings(em: EntityManager): Promise<void> {
  if ((await em.count(Listing)) > 0) return;
  const now = Date.now();
  await em.transactional(async (tx) => {
    const listings = demoListings().map(({ id, values, publishedDaysAgo }) => {
      const publishedAt = new Date(now - publishedDaysAgo * DAY_MS);
      return tx.create(Listing, {
        ...values,
        id,
        hostId: DEMO_USER_IDS.host,
        status: ListingStatus.PUBLISHED,
        createdAt: new Date(publishedAt.getTime() - DAY_MS),
        updatedAt: publishedAt,
        publishedAt,
      });
    });
    await tx.flush();
    for (const listing of listings) await publish(tx, ListingPublished, listingTerms(listing));
    await seedRatings(tx);
  });
}
