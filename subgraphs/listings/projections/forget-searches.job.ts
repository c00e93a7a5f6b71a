import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueJob } from '../../../platform/events/jobs';
import type { JobDefinition } from '../../../platform/events/event-handler';
import { withListingsCache } from '../cache/listings-cache';

const FORGET_SEARCHES = 'listings.forget_searches';

/** Cached anonymous search pages stop being served: a projection that search reads has changed. */
export const forgetSearches: JobDefinition = {
  name: FORGET_SEARCHES,
  run: (_payload, { config, logger }) => withListingsCache(config, logger, (cache) => cache.forget([])),
};

/**
 * Enqueued in the handler's transaction, so it runs only after the projection change is committed
 * (forgetting earlier would let a search cache the old answer again). One pending job per key:
 * a burst of events forgets once.
 */
export function forgetSearchesAfterCommit(em: EntityManager): Promise<void> {
  return enqueueJob(em, FORGET_SEARCHES, {}, { jobKey: FORGET_SEARCHES });
}
