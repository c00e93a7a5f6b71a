import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_ADVANCE_NOTICE_DAYS, DEFAULT_BOOKING_WINDOW_DAYS } from './calendar.entity';

export interface CalendarSettings {
  version: number;
  advanceNoticeDays: number;
  bookingWindowDays: number;
}

interface CalendarRow {
  version: number;
  advance_notice_days: number;
  booking_window_days: number;
}

const toSettings = (row: CalendarRow): CalendarSettings => ({
  version: row.version,
  advanceNoticeDays: row.advance_notice_days,
  bookingWindowDays: row.booking_window_days,
});

/** A listing's calendar as it is now, or the defaults of one nobody has touched yet. */
export async function readCalendar(em: EntityManager, listingId: string): Promise<CalendarSettings> {
  const [row] = await em.execute<CalendarRow[]>(
    'select version, advance_notice_days, booking_window_days from bookings.calendars where listing_id = ?',
    [listingId],
  );
  return row
    ? toSettings(row)
    : { version: 1, advanceNoticeDays: DEFAULT_ADVANCE_NOTICE_DAYS, bookingWindowDays: DEFAULT_BOOKING_WINDOW_DAYS };
}

/**
 * Takes the listing's calendar row lock (creating the row on first use) for the rest of the
 * transaction. Every change of a listing's occupancy, prices or settings goes through it, so they
 * happen one at a time per listing and each sees the one before.
 */
export async function lockCalendar(tx: EntityManager, listingId: string): Promise<CalendarSettings> {
  // One statement: the no-op update of an existing row takes its lock as `select … for update` would.
  const [row] = await tx.execute<CalendarRow[]>(
    `insert into bookings.calendars as c (listing_id) values (?)
     on conflict (listing_id) do update set version = c.version
     returning version, advance_notice_days, booking_window_days`,
    [listingId],
  );
  return toSettings(row);
}

/** Marks a change of the calendar; returns its new version. */
export async function bumpCalendar(tx: EntityManager, listingId: string): Promise<number> {
  const [row] = await tx.execute<{ version: number }[]>(
    'update bookings.calendars set version = version + 1 where listing_id = ? returning version',
    [listingId],
  );
  return row.version;
}
