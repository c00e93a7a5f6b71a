import type { EntityManager } from '@mikro-orm/postgresql';
import { syntheticAnchors } from './synthetic-anchors';
import { syntheticListingsSql } from './synthetic-listings.sql';

const BATCH_ROWS = 10_000;
const ANALYZED = ['listings', 'listing_ratings', 'listing_availability'];

/**
 * Inserts `count` synthetic published listings for benchmarks, straight into the tables: no events
 * are published, so other domains (bookings) never hear of them. Batches keep each transaction
 * short; the planner gets fresh statistics at the end.
 */
export async function insertSyntheticListings(
  em: EntityManager,
  count: number,
  onBatch: (done: number) => void = () => undefined,
): Promise<void> {
  const anchors = syntheticAnchors();
  const sql = syntheticListingsSql(Math.floor(Math.random() * 1_000_000) * 1000);
  const hosts = Math.max(1, Math.ceil(count / 4));
  for (let first = 1; first <= count; first += BATCH_ROWS) {
    const last = Math.min(count, first + BATCH_ROWS - 1);
    await em.transactional(async (tx) => {
      // A batch maintains every search index, which can outlast the serving statement timeout.
      await tx.execute('set local statement_timeout = 0');
      await tx.execute(sql, [JSON.stringify(anchors), first, last, anchors.length, hosts]);
    });
    onBatch(last);
  }
  await em.transactional(async (tx) => {
    await tx.execute('set local statement_timeout = 0');
    for (const table of ANALYZED) await tx.execute(`analyze listings.${table}`);
  });
}
