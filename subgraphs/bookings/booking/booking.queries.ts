import type { Cursor } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Booking } from './booking.entity';

type Page = { first: number; after?: string };

export class BookingQueries {
  /** Newest first (UUIDv7 ids sort by creation). */
  page(em: EntityManager, where: FilterQuery<Booking>, page: Page): Promise<Cursor<Booking, never, '*', never, false>> {
    return em.findByCursor(Booking, where, { ...page, orderBy: { id: 'desc' }, includeCount: false });
  }
}
