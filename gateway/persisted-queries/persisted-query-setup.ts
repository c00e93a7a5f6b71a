import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { RequestHandler } from 'express';
import type Redis from 'ioredis';
import type { Logger } from '../../platform/runtime/logger';
import type { GatewayContext } from '../context';
import { RedisApqCache } from './apq-cache';
import { ManifestCache } from './manifest-cache';
import { outsideManifestPlugin } from './outside-manifest-plugin';
import type { PersistedQueryList } from './persisted-query-list';
import { safelist } from './safelist';

type PersistedQueriesOption = ApolloServerOptions<GatewayContext>['persistedQueries'];

/**
 * Every mode answers manifest ids (and retained ones) the same way. Enforced (production, or
 * PERSISTED_QUERIES_ENFORCE=true): manifest operations only, by id or identical body; nothing can
 * be registered. Otherwise: any operation, automatic persisted queries kept in Redis (or in process
 * memory without Redis), and an operation outside the manifest is marked in its response and log.
 */
export function persistedQuerySetup(
  enforce: boolean,
  list: PersistedQueryList,
  redis: Redis | null,
  keyPrefix: string,
  logger: Logger,
): {
  persistedQueries: PersistedQueriesOption;
  middleware: RequestHandler[];
  plugins: ApolloServerPlugin<GatewayContext>[];
} {
  if (enforce)
    return { persistedQueries: { cache: new ManifestCache(list) }, middleware: [safelist(list, logger)], plugins: [] };
  const registered = redis ? new RedisApqCache(redis, keyPrefix) : new InMemoryLRUCache<string>();
  return {
    persistedQueries: { cache: new ManifestCache(list, registered) },
    middleware: [],
    plugins: [outsideManifestPlugin(list)],
  };
}
