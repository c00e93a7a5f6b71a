import { MikroORM } from '@mikro-orm/postgresql';
import { systemClock, type Clock } from '../../platform/runtime/clock';
import type { Config } from '../../platform/runtime/config';
import { containerOf } from '../../platform/graphql/container';
import type { Logger } from '../../platform/runtime/logger';
import type { SubgraphModule } from '../../platform/subgraph-module';
import { startSubgraph, type RunningSubgraph } from '../../platform/graphql/subgraph-server';
import { connectRedis, disconnectRedis, redisReady } from '../../platform/runtime/redis/connect';
import { ListingsCache } from './cache/listings-cache';
import { LISTINGS_EVENTS } from '../../contracts/events/listings';
import { createLoaders } from './loaders';
import { listingsOrmConfig } from './mikro-orm.config';
import { cleanUpPhotos } from './photos/photo-cleanup.job';
import { PhotoWiring } from './photos/photo-wiring';
import {
  endCancelledStay,
  endCompletedStay,
  recordConfirmedStay,
  resetConfirmedStays,
} from './projections/confirmed-stay.handlers';
import { forgetSearches } from './projections/forget-searches.job';
import { hideSuspendedHost, resetHostStandings, showReinstatedHost } from './projections/host-standing.handlers';
import { recordAvailability, resetAvailability } from './projections/listing-availability.handlers';
import { recordRating, resetRatings } from './projections/listing-rating.handlers';
import { buildListingsSchema } from './schema';
import { seedListings } from './seed/listings.seed';
import { listingsResolvers } from './services';
import { removeDeletedUsersDrafts } from './user-deleted/remove-drafts.handler';
import { exportListingsPart } from './data-export/export-part.handler';

export async function startListings({
  config,
  logger,
  port,
  clock = systemClock,
}: {
  config: Config;
  logger: Logger;
  port?: number;
  clock?: Clock;
}): Promise<RunningSubgraph> {
  const photos = new PhotoWiring(config, clock);
  const redis = connectRedis(config, logger, 'listings');
  await redisReady(redis);
  const cache = ListingsCache.for(redis, config);
  const schema = await buildListingsSchema(containerOf(listingsResolvers({ clock, photos, cache })));
  const orm = await MikroORM.init(listingsOrmConfig(config));
  const subgraph = await startSubgraph(
    {
      name: 'listings',
      schema,
      orm,
      config,
      logger,
      createLoaders: (em) => createLoaders(em, cache),
      clock,
      routes: photos.routes(orm, logger),
    },
    port ?? config.subgraphPorts.listings,
  );
  return {
    ...subgraph,
    stop: async () => {
      await subgraph.stop();
      await disconnectRedis(redis);
    },
  };
}

export const listingsSubgraph: SubgraphModule = {
  name: 'listings',
  buildSchema: () => buildListingsSchema(),
  ormConfig: listingsOrmConfig,
  start: startListings,
  events: LISTINGS_EVENTS,
  handlers: [
    hideSuspendedHost,
    showReinstatedHost,
    recordAvailability,
    recordRating,
    recordConfirmedStay,
    endCancelledStay,
    endCompletedStay,
    removeDeletedUsersDrafts,
    exportListingsPart,
  ],
  resetProjections: async (em) => {
    await resetHostStandings(em);
    await resetAvailability(em);
    await resetRatings(em);
    await resetConfirmedStays(em);
  },
  seed: seedListings,
  jobs: [cleanUpPhotos, forgetSearches],
  schedules: [{ job: cleanUpPhotos.name, cron: '*/15 * * * *' }],
};
