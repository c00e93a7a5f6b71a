import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ListingsCache } from '../cache/listings-cache';
import { isListingId } from './listing-id';
import { Listing } from './listing.entity';

/**
 * Batches every listing lookup of one request (a page of bookings' listings): one statement for the
 * rows the cache lacks, one for the standing of the cached rows' hosts (the worker changes it, so
 * it is never cached), however many listings are asked for.
 */
export function createListingLoader(em: EntityManager, cache: ListingsCache): DataLoader<string, Listing | null> {
  return new DataLoader(async (ids) => {
    const wellFormed = ids.filter(isListingId);
    const cached = await cache.listings(wellFormed);
    const missing = wellFormed.filter((id) => !cached.has(id));
    const loaded = missing.length > 0 ? await em.find(Listing, { id: { $in: missing } }) : [];
    await cache.keepListings(loaded);
    await readHostStandings(em, [...cached.values()]);
    const byId = new Map([...cached, ...loaded.map((l) => [l.id, l] as const)]);
    return ids.map((id) => byId.get(id) ?? null);
  });
}

async function readHostStandings(em: EntityManager, listings: Listing[]): Promise<void> {
  const hosts = [...new Set(listings.map((l) => l.hostId))];
  if (hosts.length === 0) return;
  const rows = await em.execute<{ host_id: string }[]>(
    `select host_id from listings.host_standings where suspended and host_id in (${hosts.map(() => '?').join(', ')})`,
    hosts,
  );
  const suspended = new Set(rows.map((row) => row.host_id));
  for (const listing of listings) listing.hostSuspended = suspended.has(listing.hostId);
}
