import type { EntityManager, Options } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { Clock } from './runtime/clock';
import type { Config } from './runtime/config';
import type { EventDefinition } from './events/event-definition';
import type { EventHandler, JobDefinition, Schedule } from './events/event-handler';
import type { Logger } from './runtime/logger';
import type { RunningSubgraph } from './graphql/subgraph-server';

/** What each domain subgraph exposes to the launcher, the schema composer and the test harness. */
export interface SubgraphModule {
  name: string;
  /** The schema without services wired in: enough to print SDL. */
  buildSchema: () => Promise<GraphQLSchema>;
  ormConfig: (config: Pick<Config, 'databaseUrl' | 'db' | 'mode'>) => Options;
  start: (options: { config: Config; logger: Logger; port?: number; clock?: Clock }) => Promise<RunningSubgraph>;
  /** Loads demo data into an empty schema; must be a no-op when data exists. */
  seed?: (em: EntityManager) => Promise<void>;
  /** Events this subgraph publishes. */
  events?: EventDefinition[];
  /** Its reactions to events (its own or other subgraphs'). */
  handlers?: EventHandler[];
  jobs?: JobDefinition[];
  schedules?: Schedule[];
  /** Empties the read models its handlers build, before a replay rebuilds them. */
  resetProjections?: (em: EntityManager) => Promise<void>;
}
