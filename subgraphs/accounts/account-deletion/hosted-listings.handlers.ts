import type { EntityManager } from '@mikro-orm/postgresql';
import { defineHandler } from '../../../platform/events/event-handler';
import {
  ListingDeactivated,
  ListingPublished,
  ListingReactivated,
  ListingUpdated,
  type ListingTermsPayload,
} from '../../../contracts/events/listings';
import { ListingStatus } from '../../../contracts/enums/listings';

/** Keeps the newest version per listing, whatever order deliveries come in. */
async function recordListing(em: EntityManager, terms: ListingTermsPayload): Promise<void> {
  await em.execute(
    `insert into accounts.hosted_listings (listing_id, host_id, on_market, version) values (?, ?, ?, ?)
     on conflict (listing_id) do update
       set host_id = excluded.host_id, on_market = excluded.on_market, version = excluded.version
       where hosted_listings.version < excluded.version`,
    [terms.listingId, terms.hostId, terms.status === ListingStatus.PUBLISHED, terms.version],
  );
}

const description = 'which hosts have listings on the market: account deletion waits for them';

export const HOSTED_LISTING_HANDLERS = [
  defineHandler({
    name: 'accounts.record_published_listing',
    event: ListingPublished,
    kind: 'projection',
    description,
    handle: (event, { em }) => recordListing(em, event.payload),
  }),
  defineHandler({
    name: 'accounts.record_updated_listing',
    event: ListingUpdated,
    kind: 'projection',
    description,
    handle: (event, { em }) => recordListing(em, event.payload),
  }),
  defineHandler({
    name: 'accounts.record_deactivated_listing',
    event: ListingDeactivated,
    kind: 'projection',
    description,
    handle: (event, { em }) => recordListing(em, event.payload),
  }),
  defineHandler({
    name: 'accounts.record_reactivated_listing',
    event: ListingReactivated,
    kind: 'projection',
    description,
    handle: (event, { em }) => recordListing(em, event.payload),
  }),
];

export async function resetHostedListings(em: EntityManager): Promise<void> {
  await em.execute('delete from accounts.hosted_listings');
}
