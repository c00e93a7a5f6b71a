import { ListingDeactivated, ListingPublished, ListingReactivated } from '../../../contracts/events/listings';
import { ListingStatus } from './listing.enums';

/** The status machine: DRAFT → PUBLISHED ↔ DEACTIVATED, each step announced by its own event. */
export const STATUS_CHANGES = {
  publish: { from: ListingStatus.DRAFT, to: ListingStatus.PUBLISHED, event: ListingPublished, done: 'published' },
  deactivate: {
    from: ListingStatus.PUBLISHED,
    to: ListingStatus.DEACTIVATED,
    event: ListingDeactivated,
    done: 'deactivated',
  },
  reactivate: {
    from: ListingStatus.DEACTIVATED,
    to: ListingStatus.PUBLISHED,
    event: ListingReactivated,
    done: 'reactivated',
  },
} as const;

export type StatusChange = keyof typeof STATUS_CHANGES;
