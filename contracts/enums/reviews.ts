/* Reviews' enums that its event payloads carry; the reviews subgraph registers them as GraphQL enums. */

/** Who reviewed whom after a stay. */
export enum ReviewDirection {
  /** The guest reviewed the listing (and so its host). */
  GUEST_TO_LISTING = 'GUEST_TO_LISTING',
  /** The host reviewed the guest. */
  HOST_TO_GUEST = 'HOST_TO_GUEST',
}
