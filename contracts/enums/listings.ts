/*
 * Listings' enums that its event payloads carry. The listings and bookings subgraphs register them
 * as GraphQL enums (registerEnumType), so both schemas print identical values.
 */

/** A listing's lifecycle: DRAFT until first published; events only ever carry PUBLISHED or DEACTIVATED. */
export enum ListingStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  DEACTIVATED = 'DEACTIVATED',
}

/** How much of a booking is refunded when the guest cancels; the bookings domain applies it. */
export enum CancellationPolicy {
  FLEXIBLE = 'FLEXIBLE',
  MODERATE = 'MODERATE',
  STRICT = 'STRICT',
  NON_REFUNDABLE = 'NON_REFUNDABLE',
}
