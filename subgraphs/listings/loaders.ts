import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../kernel/context';
import { createListingLoader } from './listing/listing.loader';

export function createLoaders(em: EntityManager) {
  return { listingById: createListingLoader(em) };
}

export type ListingsContext = RequestContext<ReturnType<typeof createLoaders>>;
