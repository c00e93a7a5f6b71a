import { readFileSync } from 'node:fs';
import Redis from 'ioredis';
import { readManifest, unretired, type RetainedManifest } from '../gateway/persisted-queries/manifest';
import { publishRelease } from '../gateway/persisted-queries/release-channel';
import { SUPERGRAPH_PATH } from '../gateway/supergraph-path';
import { loadConfig } from '../platform/runtime/config';
import { apiSchemaOf, validationProblems } from './persisted-query-validation';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/**
 * `npm run pq:publish`: makes the committed manifest and retained operations (PERSISTED_QUERY_MANIFEST,
 * PERSISTED_QUERY_RETAINED) the release every gateway on this Redis serves, without a restart.
 * It writes with PQ_PUBLISH_REDIS_URL (else REDIS_URL): give only the release pipeline credentials
 * that may write the `persisted-queries:*` keys. Nothing is published that fails the supergraph.
 */
async function main() {
  const config = loadConfig();
  const url = config.gateway.publishRedisUrl;
  if (!url) fail('PQ_PUBLISH_REDIS_URL (or REDIS_URL): the Redis to publish to is not set');
  const release = {
    manifest: readManifest(config.gateway.manifestPath),
    retained: readManifest<RetainedManifest>(config.gateway.retainedPath),
  };
  const now = new Date();
  const schema = apiSchemaOf(readFileSync(SUPERGRAPH_PATH, 'utf8'));
  const problems = validationProblems(schema, [
    ...release.manifest.operations,
    ...unretired(release.retained, now.toISOString().slice(0, 10)),
  ]);
  if (problems.length > 0) fail(`Not published; these operations fail the supergraph:\n  - ${problems.join('\n  - ')}`);
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    const version = await publishRelease(redis, config.redisKeyPrefix, release, now);
    console.log(
      `published release ${version} (${release.manifest.operations.length} operations, ` +
        `${release.retained.operations.length} retained) under ${config.redisKeyPrefix}persisted-queries:`,
    );
  } finally {
    await redis.quit();
  }
}

void main();
