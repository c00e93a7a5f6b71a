import { createHash } from 'node:crypto';
import type Redis from 'ioredis';
import type { Logger } from '../../platform/runtime/logger';
import { reportRedisFailure, trackOutages } from '../../platform/runtime/redis/outage';
import { checkedManifest, type PersistedQueryManifest, type RetainedManifest } from './manifest';
import type { PersistedQueryRelease } from './persisted-query-list';

/** What Redis holds for a published release: the release, its version and when it was published. */
export interface PublishedRelease extends PersistedQueryRelease {
  version: string;
  publishedAt: string;
}

const keys = (prefix: string) => ({
  current: `${prefix}persisted-queries:current`,
  version: (version: string) => `${prefix}persisted-queries:release:${version}`,
  channel: `${prefix}persisted-queries:published`,
});

/** A release's version: the sha256 of its content, so publishing the same release twice changes nothing. */
export function releaseVersion(release: PersistedQueryRelease): string {
  return createHash('sha256')
    .update(JSON.stringify([release.manifest, release.retained]))
    .digest('hex');
}

/**
 * Makes `release` the one every gateway serves: kept under its version (earlier ones stay, to go
 * back to), pointed to as current and announced on the channel gateways listen to, in one
 * transaction.
 */
export async function publishRelease(
  redis: Redis,
  prefix: string,
  release: PersistedQueryRelease,
  now: Date,
): Promise<string> {
  const version = releaseVersion(release);
  const published = JSON.stringify({ ...release, version, publishedAt: now.toISOString() } satisfies PublishedRelease);
  const k = keys(prefix);
  await redis.multi().set(k.version(version), published).set(k.current, published).publish(k.channel, version).exec();
  return version;
}

/** The release published last, checked; null when none was ever published. */
export async function readPublishedRelease(redis: Redis, prefix: string): Promise<PublishedRelease | null> {
  const text = await redis.get(keys(prefix).current);
  if (text === null) return null;
  const value = JSON.parse(text) as PublishedRelease;
  return {
    version: value.version,
    publishedAt: value.publishedAt,
    manifest: checkedManifest<PersistedQueryManifest>(value.manifest, 'the published manifest'),
    retained: checkedManifest<RetainedManifest>(value.retained, 'the published retained operations'),
  };
}

/**
 * Calls `install` with each newly published release, and once with the current one whenever the
 * subscription (re)connects, so a release published while this gateway was away is not missed.
 * A release that fails the checks is logged and the gateway keeps the list it has.
 */
export function followReleases(
  redis: Redis,
  prefix: string,
  logger: Logger,
  install: (release: PublishedRelease) => Promise<void>,
  installedVersion?: string,
): () => Promise<void> {
  const subscriber = redis.duplicate({ enableOfflineQueue: true });
  let installed = installedVersion;
  let pending = Promise.resolve();
  const refresh = () => {
    pending = pending
      .then(async () => {
        const release = await readPublishedRelease(redis, prefix).catch((error: unknown) => {
          // Redis is away: its outage is logged once, and its `ready` brings this read back.
          reportRedisFailure(redis, error, 'persisted query releases');
          return null;
        });
        if (!release || release.version === installed) return;
        await install(release);
        installed = release.version;
      })
      .catch((error: unknown) =>
        logger.error({ err: error }, 'a published persisted query release was not installed; keeping the current one'),
      );
  };
  trackOutages(subscriber, logger, 'gateway-releases');
  subscriber.on('message', refresh);
  subscriber.on('ready', refresh);
  redis.on('ready', refresh);
  void subscriber.subscribe(keys(prefix).channel).catch(() => undefined);
  return async () => {
    redis.off('ready', refresh);
    await subscriber.quit().catch(() => subscriber.disconnect());
    await pending;
  };
}
