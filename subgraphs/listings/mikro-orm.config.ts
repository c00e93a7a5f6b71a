import type { Config } from '../../platform/runtime/config';
import { InboxEntry } from '../../platform/events/inbox.entity';
import { createOrmConfig } from '../../platform/database/orm-config';
import { Listing } from './listing/listing.entity';
import { migrations } from './migrations';
import { ListingPhoto } from './photos/listing-photo.entity';
import { ConfirmedStay } from './projections/confirmed-stay.entity';
import { HostStanding } from './projections/host-standing.entity';
import { ListingAvailability } from './projections/listing-availability.entity';
import { ListingRating } from './projections/listing-rating.entity';

export const LISTINGS_SCHEMA = 'listings';

export function listingsOrmConfig(config: Pick<Config, 'databaseUrl' | 'db' | 'mode'>) {
  return createOrmConfig({
    schema: LISTINGS_SCHEMA,
    entities: [Listing, HostStanding, ListingAvailability, ListingRating, InboxEntry, ListingPhoto, ConfirmedStay],
    migrations,
    config,
  });
}
