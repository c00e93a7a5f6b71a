import type { BookingsContext } from '../loaders';
import { capacityOn } from './booking-access';
import type { Booking } from './booking.entity';

/** A booking the viewer is party to (or any, for admins), else null: others' bookings look like unknown ids. */
export async function loadVisibleBooking(ctx: BookingsContext, id: string): Promise<Booking | null> {
  const booking = await ctx.loaders.bookingById.load(id);
  return booking && capacityOn(ctx.viewer, booking) ? booking : null;
}

export const bookingReference = {
  Booking: {
    __resolveReference(reference: { id: string }, ctx: BookingsContext): Promise<Booking | null> {
      return loadVisibleBooking(ctx, reference.id);
    },
  },
};
