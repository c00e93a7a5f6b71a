/* Bookings' enums that its event payloads carry; the bookings subgraph registers them as GraphQL enums. */

/** What a PENDING booking waits for. */
export enum Awaiting {
  HOST = 'HOST',
  PAYMENT = 'PAYMENT',
}

/** Why a booking was CANCELLED (`booking.cancelled` carries every reason but EXPIRED, which `booking.expired` announces). */
export enum BookingEndReason {
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
  CANCELLED_BY_GUEST = 'CANCELLED_BY_GUEST',
  CANCELLED_BY_HOST = 'CANCELLED_BY_HOST',
  CANCELLED_BY_ADMIN = 'CANCELLED_BY_ADMIN',
}
