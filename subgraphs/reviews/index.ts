import { MikroORM } from '@mikro-orm/postgresql';
import { systemClock, type Clock } from '../../platform/runtime/clock';
import type { Config } from '../../platform/runtime/config';
import { containerOf } from '../../platform/graphql/container';
import type { Logger } from '../../platform/runtime/logger';
import { connectRedis, disconnectRedis, redisReady } from '../../platform/runtime/redis/connect';
import type { SubgraphModule } from '../../platform/subgraph-module';
import { startSubgraph, type RunningSubgraph } from '../../platform/graphql/subgraph-server';
import { REVIEWS_EVENTS } from '../../contracts/events/reviews';
import { createLoaders } from './loaders';
import { reviewsOrmConfig } from './mikro-orm.config';
import { publishAtDeadline } from './review/review-deadline.job';
import { remindReviewers } from './review/review-reminder.job';
import { seedReviews } from './review/reviews.seed';
import { buildReviewsSchema } from './schema';
import { reviewsResolvers } from './services';
import { recordCompletedStay } from './stay/stay-completed.handler';
import { eraseDeletedUsersPrivateNotes } from './user-deleted/erase-private-notes.handler';
import { exportReviewsPart } from './data-export/export-part.handler';

export async function startReviews({
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
  const redis = connectRedis(config, logger, 'reviews');
  await redisReady(redis);
  const schema = await buildReviewsSchema(containerOf(reviewsResolvers({ clock, config, redis })));
  const orm = await MikroORM.init(reviewsOrmConfig(config));
  const subgraph = await startSubgraph(
    { name: 'reviews', schema, orm, config, logger, createLoaders, clock },
    port ?? config.subgraphPorts.reviews,
  );
  return {
    ...subgraph,
    stop: async () => {
      await subgraph.stop();
      await disconnectRedis(redis);
    },
  };
}

export const reviewsSubgraph: SubgraphModule = {
  name: 'reviews',
  buildSchema: () => buildReviewsSchema(),
  ormConfig: reviewsOrmConfig,
  start: startReviews,
  seed: seedReviews,
  events: REVIEWS_EVENTS,
  handlers: [recordCompletedStay, eraseDeletedUsersPrivateNotes, exportReviewsPart],
  jobs: [publishAtDeadline, remindReviewers],
};
