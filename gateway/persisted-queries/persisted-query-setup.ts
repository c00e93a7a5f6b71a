import type { ApolloServerOptions } from '@apollo/server';
import type { RequestHandler } from 'express';
import type Redis from 'ioredis';
import type { Mode } from '../../platform/runtime/config';
import type { GatewayContext } from '../context';
import { RedisApqCache } from './apq-cache';
import type { PersistedOperation } from './manifest';
import { ManifestCache } from './manifest-cache';
import { safelist } from './safelist';

type PersistedQueriesOption = ApolloServerOptions<GatewayContext>['persistedQueries'];

/**
 * Production: manifest operations only, by id or identical body; nothing can be registered.
 * Elsewhere: any operation, and automatic persisted queries kept in Redis (or in process memory
 * without Redis).
 */
export function persistedQuerySetup(
  mode: Mode,
  manifest: Map<string, PersistedOperation>,
  redis: Redis | null,
  keyPrefix: string,
): { persistedQueries: PersistedQueriesOption; middleware: RequestHandler[] } {
  if (mode === 'production')
    return { persistedQueries: { cache: new ManifestCache(manifest) }, middleware: [safelist(manifest)] };
  return { persistedQueries: redis ? { cache: new RedisApqCache(redis, keyPrefix) } : {}, middleware: [] };
}
