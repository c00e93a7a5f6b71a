import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../../platform/graphql/ids';
import { NO_OVERLAP_CONSTRAINT, type OccupancyKind } from './occupancy.entity';
import type { DateRange } from './occupied-ranges';

export interface OccupiedRange extends DateRange {
  id: string;
  kind: OccupancyKind;
  bookingId: string | null;
  note: string | null;
}

interface OccupancyRow {
  id: string;
  kind: OccupancyKind;
  booking_id: string | null;
  from: string;
  to: string;
  note: string | null;
}

const toRange = (row: OccupancyRow): OccupiedRange => ({
  id: row.id,
  kind: row.kind,
  bookingId: row.booking_id,
  from: row.from,
  to: row.to,
  note: row.note,
});

/** PostgreSQL refused the row: another active one of the listing overlaps it. */
export function isOverlap(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string };
  return e?.code === '23P01' && e.constraint === NO_OVERLAP_CONSTRAINT;
}

/** Takes [from, to) of a listing; throws an error `isOverlap` recognises when any of it is taken. */
export async function occupy(
  tx: EntityManager,
  range: { listingId: string; kind: OccupancyKind; bookingId?: string; from: string; to: string; note?: string | null },
  now: Date,
): Promise<void> {
  await tx.execute(
    `insert into bookings.occupancies (id, listing_id, kind, booking_id, start_date, end_date, note, active, created_at)
     values (?, ?, ?, ?, ?, ?, ?, true, ?)`,
    [newId(), range.listingId, range.kind, range.bookingId ?? null, range.from, range.to, range.note ?? null, now],
  );
}

/**
 * `occupy` and the calendar version's bump in one statement, for a change whose availability is
 * published later (`availabilityRefresh`): the bumped version is the sequence of that snapshot.
 */
export async function occupyAndBump(
  tx: EntityManager,
  range: { listingId: string; kind: OccupancyKind; bookingId?: string; from: string; to: string },
  now: Date,
): Promise<void> {
  await tx.execute(
    `with bumped as (update bookings.calendars set version = version + 1 where listing_id = ?)
     insert into bookings.occupancies (id, listing_id, kind, booking_id, start_date, end_date, active, created_at)
     values (?, ?, ?, ?, ?, ?, true, ?)`,
    [range.listingId, newId(), range.listingId, range.kind, range.bookingId ?? null, range.from, range.to, now],
  );
}

export async function releaseBookingNights(tx: EntityManager, bookingId: string): Promise<void> {
  await tx.execute('update bookings.occupancies set active = false where booking_id = ? and active', [bookingId]);
}

export async function release(tx: EntityManager, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.execute(
    `update bookings.occupancies set active = false where id in (${ids.map(() => '?').join(', ')})`,
    ids,
  );
}

/** Active occupancies of a listing that overlap [from, to) (the exclusion constraint's GiST index serves this). */
export async function occupiedBetween(
  em: EntityManager,
  listingId: string,
  from: string,
  to: string,
  kind?: OccupancyKind,
): Promise<OccupiedRange[]> {
  const rows = await em.execute<OccupancyRow[]>(
    `select id, kind, booking_id, to_char(start_date, 'YYYY-MM-DD') as "from", to_char(end_date, 'YYYY-MM-DD') as "to", note
     from bookings.occupancies
     where listing_id = ? and active and daterange(start_date, end_date, '[)') && daterange(?::date, ?::date, '[)')
       and (?::text is null or kind = ?::text)
     order by start_date`,
    [listingId, from, to, kind ?? null, kind ?? null],
  );
  return rows.map(toRange);
}
