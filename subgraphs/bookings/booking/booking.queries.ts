import type { Cursor } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Booking } from './booking.entity';

/** `after`: the id of the last booking already seen. */
type Page = { first: number; after: string | null };

export class BookingQueries {
  /** Newest first (UUIDv7 ids sort by creation). */
  page(em: EntityManager, where: FilterQuery<Booking>, page: Page): Promise<Cursor<Booking, never, '*', never, false>> {
    return em.findByCursor(Booking, where, {
      first: page.first,
      ...(page.after ? { after: { id: page.after } } : {}),
      orderBy: { id: 'desc' },
      includeCount: false,
    });
  }
}
