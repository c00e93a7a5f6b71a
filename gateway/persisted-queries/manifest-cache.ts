import type { PersistedQueryList } from './persisted-query-list';

/** Apollo Server prefixes the keys of its persisted-query cache with this. */
const APQ_KEY_PREFIX = 'apq:';

interface KeyValueCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, options?: { ttl?: number | null }): Promise<void>;
  delete(key: string): Promise<boolean>;
}

/**
 * The persisted-query cache: it answers ids from the current manifest (and retained operations),
 * then from `registered` (automatic persisted queries, outside production). Without `registered`,
 * whatever a client tries to register is forgotten, so `extensions.persistedQuery.sha256Hash`
 * works for manifest operations only.
 */
export class ManifestCache implements KeyValueCache {
  constructor(
    private readonly list: PersistedQueryList,
    private readonly registered?: KeyValueCache,
  ) {}

  async get(key: string): Promise<string | undefined> {
    const listed = this.list.get(key.startsWith(APQ_KEY_PREFIX) ? key.slice(APQ_KEY_PREFIX.length) : key)?.body;
    return listed ?? this.registered?.get(key);
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    await this.registered?.set(key, value, options);
  }

  async delete(key: string): Promise<boolean> {
    return (await this.registered?.delete(key)) ?? false;
  }
}
