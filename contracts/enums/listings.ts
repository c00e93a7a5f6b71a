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

/**
 * What each policy refunds, for the GraphQL enum both listings and bookings register (composition
 * needs their descriptions identical). Measured to check-in time in the listing's time zone.
 */
export const CANCELLATION_POLICY_VALUES: Record<CancellationPolicy, { description: string }> = {
  FLEXIBLE: { description: 'A guest who cancels gets everything back until 24 hours before check-in, nothing after.' },
  MODERATE: { description: 'A guest who cancels gets everything back until 5 days before check-in, nothing after.' },
  STRICT: {
    description:
      'A guest who cancels gets half back, service fee excluded, until 7 days before check-in; nothing after.',
  },
  NON_REFUNDABLE: { description: 'A guest who cancels gets nothing back.' },
};
