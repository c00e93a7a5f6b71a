import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../projections/listing-terms.loader';
import { BookingTransition } from './booking-transition.entity';
import { Booking } from './booking.entity';

export function createBookingLoader(em: EntityManager): DataLoader<string, Booking | null> {
  return new DataLoader(async (ids) => {
    const wellFormed = ids.filter(isUuid);
    const bookings = wellFormed.length > 0 ? await em.find(Booking, { id: { $in: wellFormed } }) : [];
    const byId = new Map(bookings.map((b) => [b.id, b]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Every booking's transition log of one request (a page of bookings) in one statement, oldest first. */
export function createTransitionsLoader(em: EntityManager): DataLoader<string, BookingTransition[]> {
  return new DataLoader(async (bookingIds) => {
    const rows = await em.find(BookingTransition, { bookingId: { $in: [...bookingIds] } }, { orderBy: { id: 'asc' } });
    return bookingIds.map((id) => rows.filter((row) => row.bookingId === id));
  });
}
