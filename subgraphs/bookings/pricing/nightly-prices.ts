import type { EntityManager } from '@mikro-orm/postgresql';
import { datesIn } from '../stay/local-dates';

/** The host's price overrides of a listing within [from, to), by date. */
export async function priceOverrides(
  em: EntityManager,
  listingId: string,
  from: string,
  to: string,
): Promise<Map<string, number>> {
  const rows = await em.execute<{ date: string; price_minor: string }[]>(
    `select to_char(date, 'YYYY-MM-DD') as date, price_minor from bookings.price_overrides
     where listing_id = ? and date >= ?::date and date < ?::date`,
    [listingId, from, to],
  );
  return new Map(rows.map((row) => [row.date, Number(row.price_minor)]));
}

/** The price of each night of [from, to): the host's override for that date, else the listing's nightly price. */
export async function nightlyPrices(
  em: EntityManager,
  listing: { listingId: string; nightlyPriceMinor: number },
  from: string,
  to: string,
): Promise<number[]> {
  const overrides = await priceOverrides(em, listing.listingId, from, to);
  return datesIn(from, to).map((date) => overrides.get(date) ?? listing.nightlyPriceMinor);
}
