import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from './logger';
import type { Viewer } from './viewer';

/** What every resolver receives: one forked EntityManager and one set of DataLoaders per request. */
export interface RequestContext<Loaders = unknown> {
  em: EntityManager;
  viewer: Viewer | null;
  requestId: string;
  logger: Logger;
  loaders: Loaders;
}
