import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import places from '../../../demo/places.json';
import reviews from '../../../demo/reviews.json';
import users from '../../../demo/users.json';
import { DEMO_USER_IDS } from '../../../contracts/demo-users';
import { toMinorUnits } from '../../../platform/graphql/money/money';
import { BookingTransition } from '../booking/booking-transition.entity';
import { Booking } from '../booking/booking.entity';
import { Actor, BookingStatus, CancellationPolicy } from '../booking/booking.enums';
import { priceStay } from '../pricing/stay-price';
import { datesIn, localInstant } from '../stay/local-dates';

/** What bookings needs of the demo files: the places' terms, the guests' ids and the past stays. */
const placeSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  timeZone: z.string(),
  checkInTime: z.string(),
  checkOutTime: z.string(),
  currency: z.string(),
  nightlyPrice: z.string(),
  cleaningFee: z.string(),
  cancellationPolicy: z.enum(CancellationPolicy),
});
const staySchema = z.object({
  bookingId: z.uuid(),
  place: z.string(),
  guest: z.string(),
  checkIn: z.iso.date(),
  checkOut: z.iso.date(),
  guests: z.number().int().positive(),
});
const demoSchema = z.object({
  places: z.array(placeSchema),
  users: z.array(z.object({ key: z.string(), id: z.uuid() })),
  stays: z.array(staySchema),
});

// The default GUEST_SERVICE_FEE_PERCENT and TAX_PERCENT: seed hooks get no configuration.
const FEES = { guestServiceFeePercent: 12, taxPercent: 0 };
const DAY_MS = 86_400_000;

function minor(amount: string, currency: string): number {
  const parsed = toMinorUnits(amount, currency);
  if (!parsed.ok) throw new Error(`demo amount ${amount} ${currency}: ${parsed.message}`);
  return parsed.minor;
}

/** A demo stay as the booking it was: booked a month ahead, paid, and completed at its check-out time. */
function completedBooking(stay: z.output<typeof staySchema>, place: z.output<typeof placeSchema>, guestId: string) {
  const nightly = minor(place.nightlyPrice, place.currency);
  const price = priceStay(
    datesIn(stay.checkIn, stay.checkOut).map(() => nightly),
    { currency: place.currency, cleaningFeeMinor: minor(place.cleaningFee, place.currency), ...FEES },
  );
  const checkInAt = localInstant(stay.checkIn, place.checkInTime, place.timeZone).toJSDate();
  const checkOutAt = localInstant(stay.checkOut, place.checkOutTime, place.timeZone).toJSDate();
  return Object.assign(new Booking(), {
    id: stay.bookingId,
    listingId: place.id,
    listingTitle: place.title,
    guestId,
    hostId: DEMO_USER_IDS.host,
    idempotencyKey: `demo-${stay.bookingId}`,
    status: BookingStatus.COMPLETED,
    checkIn: stay.checkIn,
    checkOut: stay.checkOut,
    guests: stay.guests,
    ...price,
    cancellationPolicy: place.cancellationPolicy,
    timeZone: place.timeZone,
    checkInAt,
    checkOutAt,
    createdAt: new Date(checkInAt.getTime() - 30 * DAY_MS),
    updatedAt: checkOutAt,
  });
}

/**
 * The demo guests' past stays (demo/reviews.json) as COMPLETED bookings with the ids reviews seeds
 * its stays under, in one transaction and without events (reviews and listings seed their side from
 * the same file). A no-op once the schema has any booking.
 */
export async function seedBookings(em: EntityManager): Promise<void> {
  if ((await em.count(Booking)) > 0) return;
  const demo = demoSchema.parse({ ...places, ...users, ...reviews });
  const placeByTitle = new Map(demo.places.map((place) => [place.title, place]));
  const guestIds = new Map(demo.users.map((user) => [user.key, user.id]));
  await em.transactional(async (tx) => {
    for (const stay of demo.stays) {
      const place = placeByTitle.get(stay.place);
      const guestId = guestIds.get(stay.guest);
      if (!place || !guestId) throw new Error(`demo stay ${stay.bookingId}: unknown place or guest`);
      const booking = completedBooking(stay, place, guestId);
      tx.persist(booking);
      tx.persist(
        Object.assign(new BookingTransition(), {
          bookingId: booking.id,
          toStatus: BookingStatus.COMPLETED,
          actor: Actor.SYSTEM,
          note: 'demo stay',
          at: booking.checkOutAt,
        }),
      );
    }
    await tx.flush();
  });
}
