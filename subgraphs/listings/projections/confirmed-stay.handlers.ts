import type { EntityManager } from '@mikro-orm/postgresql';
import { defineHandler } from '../../../platform/events/event-handler';
import { BookingCancelled, BookingCompleted, BookingConfirmed } from '../../../contracts/events/bookings';

async function endStay(
  em: EntityManager,
  payload: { bookingId: string; listingId: string; guestId: string },
): Promise<void> {
  await em.execute(
    `insert into listings.confirmed_stays (booking_id, listing_id, guest_id, ended) values (?, ?, ?, true)
     on conflict (booking_id) do update set ended = true`,
    [payload.bookingId, payload.listingId, payload.guestId],
  );
}

export const recordConfirmedStay = defineHandler({
  name: 'listings.record_confirmed_stay',
  event: BookingConfirmed,
  kind: 'projection',
  description: 'the guest sees the exact address',
  handle: async ({ payload }, { em }) => {
    // Does nothing when the stay already ended (its cancellation arrived first).
    await em.execute(
      `insert into listings.confirmed_stays (booking_id, listing_id, guest_id, ended) values (?, ?, ?, false)
       on conflict (booking_id) do nothing`,
      [payload.bookingId, payload.listingId, payload.guestId],
    );
  },
});

export const endCancelledStay = defineHandler({
  name: 'listings.end_cancelled_stay',
  event: BookingCancelled,
  kind: 'projection',
  description: 'the guest no longer sees the exact address',
  handle: ({ payload }, { em }) => endStay(em, payload),
});

export const endCompletedStay = defineHandler({
  name: 'listings.end_completed_stay',
  event: BookingCompleted,
  kind: 'projection',
  description: 'the guest no longer sees the exact address',
  handle: ({ payload }, { em }) => endStay(em, payload),
});

export async function resetConfirmedStays(em: EntityManager): Promise<void> {
  await em.execute('delete from listings.confirmed_stays');
}
