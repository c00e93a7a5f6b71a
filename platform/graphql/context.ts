import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../runtime/logger';
import type { Viewer } from './viewer';

/** What every resolver receives: one forked EntityManager and one set of DataLoaders per request. */
export interface RequestContext<Loaders = unknown> {
  em: EntityManager;
  viewer: Viewer | null;
  requestId: string;
  /** The end user's address and user agent, as the gateway saw them (signed, so trustworthy). */
  clientIp: string | null;
  userAgent: string | null;
  logger: Logger;
  loaders: Loaders;
}
