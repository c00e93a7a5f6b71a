import type { PersistedOperation } from './manifest';

/** Apollo Server prefixes the keys of its persisted-query cache with this. */
const APQ_KEY_PREFIX = 'apq:';

/**
 * The persisted-query cache of production: it answers ids from the manifest and forgets whatever
 * a client tries to register, so `extensions.persistedQuery.sha256Hash` works for manifest
 * operations only.
 */
export class ManifestCache {
  constructor(private readonly operations: Map<string, PersistedOperation>) {}

  async get(key: string): Promise<string | undefined> {
    return this.operations.get(key.startsWith(APQ_KEY_PREFIX) ? key.slice(APQ_KEY_PREFIX.length) : key)?.body;
  }

  async set(): Promise<void> {}

  async delete(): Promise<boolean> {
    return false;
  }
}
