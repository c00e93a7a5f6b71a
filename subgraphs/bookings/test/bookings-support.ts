import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AcceptBookingDocument,
  CancelBookingDocument,
  CreateBookingDocument,
  DeclineBookingDocument,
  type AcceptBookingMutation,
  type BookingDetailsFragment,
  type CancelBookingMutation,
  type CreateBookingInput,
  type DeclineBookingMutation,
} from '../../../test/support/generated/graphql';
import { ofType, type GraphQLClient } from '../../../test/support/graphql-client';
import { waitFor } from '../../../test/support/wait-for';
import type { PayloadOf } from '../../../platform/events/event-definition';
import { publish } from '../../../platform/events/publish';
import { newId } from '../../../platform/graphql/ids';
import { PaymentFailed, PaymentRefunded, PaymentSucceeded } from '../../../contracts/events/payments';
import { PaymentProvider } from '../../../contracts/enums/payments';
import { addDays, todayIn } from '../stay/local-dates';

/** A local date `days` after today in the zone (the test listings are in Nairobi unless told). */
export function daysFromNow(days: number, zone = 'Africa/Nairobi', now = new Date()): string {
  return addDays(todayIn(zone, now), days);
}

/** Waits until the worker has delivered a listing's newest terms to bookings' projection. */
export async function waitForTerms(em: () => EntityManager, listingId: string, version = 1): Promise<void> {
  await waitFor(
    async () => {
      const [row] = await em().execute<{ version: number }[]>(
        'select version from bookings.listing_terms where listing_id = ?',
        [listingId],
      );
      return row !== undefined && row.version >= version;
    },
    { what: `listing ${listingId} v${version} in bookings` },
  );
}

export async function book(
  client: GraphQLClient,
  token: string,
  input: Omit<CreateBookingInput, 'guests' | 'idempotencyKey'> & Partial<CreateBookingInput>,
) {
  const { createBooking } = await client.data(CreateBookingDocument, {
    token,
    variables: { input: { guests: 2, idempotencyKey: randomUUID(), ...input } },
  });
  return createBooking;
}

/** A booking that must be made; fails the test otherwise. */
export async function booked(
  client: GraphQLClient,
  token: string,
  input: Parameters<typeof book>[2],
): Promise<BookingDetailsFragment> {
  return ofType(await book(client, token, input), 'BookingCreated').booking;
}

/** What acceptBooking, declineBooking and cancelBooking answer (one selection in all three). */
export type ChangeBookingOutcome =
  | AcceptBookingMutation['acceptBooking']
  | DeclineBookingMutation['declineBooking']
  | CancelBookingMutation['cancelBooking'];

export async function changeBooking(
  client: GraphQLClient,
  token: string,
  mutation: 'acceptBooking' | 'declineBooking' | 'cancelBooking',
  id: string,
  reason?: string,
): Promise<ChangeBookingOutcome> {
  switch (mutation) {
    case 'acceptBooking':
      return (await client.data(AcceptBookingDocument, { token, variables: { id } })).acceptBooking;
    case 'declineBooking':
      return (await client.data(DeclineBookingDocument, { token, variables: { id, reason } })).declineBooking;
    case 'cancelBooking':
      return (await client.data(CancelBookingDocument, { token, variables: { id, reason } })).cancelBooking;
  }
}

/** What payments will do: announce a captured payment for a booking. */
export async function paymentSucceeded(
  em: EntityManager,
  booking: Pick<BookingDetailsFragment, 'id' | 'price' | 'guest'>,
): Promise<string> {
  const paymentId = newId();
  await em.transactional((tx) =>
    publish(tx, PaymentSucceeded, {
      paymentId,
      bookingId: booking.id,
      guestId: booking.guest.id,
      provider: PaymentProvider.STRIPE,
      amountMinor: booking.price.total.amountMinor,
      currency: booking.price.total.currency,
    }),
  );
  return paymentId;
}

/** What payments will do when an attempt to pay fails. */
export async function paymentFailed(
  em: EntityManager,
  booking: Pick<BookingDetailsFragment, 'id' | 'guest'>,
  reason: string,
): Promise<void> {
  await em.transactional((tx) =>
    publish(tx, PaymentFailed, { paymentId: newId(), bookingId: booking.id, guestId: booking.guest.id, reason }),
  );
}

/** What payments will do when a refund of a booking's payment succeeds at the provider. */
export async function paymentRefunded(
  em: EntityManager,
  refund: Omit<PayloadOf<typeof PaymentRefunded>, 'refundId'> & { refundId?: string },
): Promise<string> {
  const refundId = refund.refundId ?? newId();
  await em.transactional((tx) => publish(tx, PaymentRefunded, { ...refund, refundId }));
  return refundId;
}

/** Payloads of the events published about a booking (or listing), oldest first. */
export async function eventsAbout(
  em: EntityManager,
  name: string,
  key: 'bookingId' | 'listingId',
  id: string,
): Promise<Record<string, unknown>[]> {
  const rows = await em.execute<{ payload: Record<string, unknown> }[]>(
    `select payload from events.log where name = ? and payload->>? = ? order by id`,
    [name, key, id],
  );
  return rows.map((row) => row.payload);
}
