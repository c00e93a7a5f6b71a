import type Redis from 'ioredis';
import type { Clock } from '../../platform/runtime/clock';
import type { Logger } from '../../platform/runtime/logger';
import { readManifest, type PersistedOperation, type RetainedManifest } from './manifest';
import { PersistedQueryList } from './persisted-query-list';
import { followReleases, readPublishedRelease } from './release-channel';

/**
 * The list a gateway starts with: the release last published to Redis (`npm run pq:publish`), or
 * the manifest and retained operations in the image when none was published or Redis is away.
 */
export async function initialList(
  paths: { manifestPath: string; retainedPath: string },
  redis: Redis | null,
  prefix: string,
  clock: Clock,
  logger: Logger,
): Promise<{ list: PersistedQueryList; version?: string }> {
  const list = new PersistedQueryList(
    { manifest: readManifest(paths.manifestPath), retained: readManifest<RetainedManifest>(paths.retainedPath) },
    clock,
  );
  const published = redis
    ? await readPublishedRelease(redis, prefix).catch((error: unknown) => {
        logger.warn({ err: error }, 'no published persisted query release readable; serving the one in the image');
        return null;
      })
    : null;
  if (published) list.replace(published);
  return { list, version: published?.version };
}

/**
 * Keeps `list` on the release last published, without a restart: the operations a new release
 * adds are planned first (`warm`), then the whole list is swapped at once.
 */
export function followPublishedList(
  list: PersistedQueryList,
  redis: Redis,
  prefix: string,
  logger: Logger,
  warm: (operations: PersistedOperation[]) => Promise<unknown>,
  version?: string,
): () => Promise<void> {
  return followReleases(
    redis,
    prefix,
    logger,
    async (release) => {
      await warm(list.added(release));
      list.replace(release);
      logger.info(
        { version: release.version, publishedAt: release.publishedAt, operations: list.current().length },
        'persisted query release installed',
      );
    },
    version,
  );
}
