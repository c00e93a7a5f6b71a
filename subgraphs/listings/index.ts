import { MikroORM } from '@mikro-orm/postgresql';
import { systemClock, type Clock } from '../kernel/clock';
import type { Config } from '../kernel/config';
import { containerOf } from '../kernel/container';
import type { Logger } from '../kernel/logger';
import type { SubgraphModule } from '../kernel/subgraph-module';
import { startSubgraph, type RunningSubgraph } from '../kernel/subgraph-server';
import { LISTINGS_EVENTS } from './events';
import { createLoaders } from './loaders';
import { listingsOrmConfig } from './mikro-orm.config';
import { hideSuspendedHost, resetHostStandings, showReinstatedHost } from './projections/host-standing.handlers';
import { buildListingsSchema } from './schema';
import { listingsResolvers } from './services';

export async function startListings({ config, logger, port, clock = systemClock }: { config: Config; logger: Logger; port?: number; clock?: Clock }): Promise<RunningSubgraph> {
  const schema = await buildListingsSchema(containerOf(listingsResolvers({ clock })));
  const orm = await MikroORM.init(listingsOrmConfig(config));
  return startSubgraph({ name: 'listings', schema, orm, config, logger, createLoaders, clock }, port ?? config.subgraphPorts.listings);
}

export const listingsSubgraph: SubgraphModule = {
  name: 'listings',
  buildSchema: () => buildListingsSchema(),
  ormConfig: listingsOrmConfig,
  start: startListings,
  events: LISTINGS_EVENTS,
  handlers: [hideSuspendedHost, showReinstatedHost],
  resetProjections: resetHostStandings,
};
