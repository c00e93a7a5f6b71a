import { defineConfig, type EntityClass, type EntitySchema, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import type { Config } from '../runtime/config';
import { SUBGRAPHS } from '../runtime/config-env';

/**
 * Every Postgres schema some part of StayGraph owns (one per registered subgraph, the event log's and
 * the job queue's); each ORM ignores all but its own.
 */
const OWNED_SCHEMAS = [...SUBGRAPHS.map((s) => s.name), 'events', 'graphile_worker'];

export interface OrmOptions {
  /** The subgraph's own Postgres schema, e.g. `accounts`. */
  schema: string;
  entities: (EntityClass<unknown> | EntitySchema)[];
  migrations: MigrationObject[];
  config: Pick<Config, 'databaseUrl' | 'db' | 'mode'>;
}

const ignore = (): void => undefined;

export function createOrmConfig({ schema, entities, migrations, config }: OrmOptions) {
  if (!config.databaseUrl) throw new Error('DATABASE_URL is required to connect a subgraph to PostgreSQL');
  return defineConfig({
    driver: PostgreSqlDriver,
    clientUrl: config.databaseUrl,
    schema,
    entities,
    discovery: { warnWhenNoEntities: false },
    extensions: [Migrator],
    forceUtcTimezone: true,
    // The file cache would be shared between jest's realms (and is pointless with reflect-metadata).
    metadataCache: { enabled: false },
    pool: { min: 0, max: config.db.poolMax },
    driverOptions: {
      connection: { statement_timeout: config.db.statementTimeoutMs },
      // knex prints a dropped connection's error (statement and bound values included) with
      // console.log; the failure reaches the resolver and is logged there, without them.
      log: { warn: ignore, error: ignore, deprecate: ignore, debug: ignore },
    },
    debug: false,
    migrations: {
      tableName: `${schema}.mikro_orm_migrations`,
      migrationsList: migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
    schemaGenerator: { ignoreSchema: OWNED_SCHEMAS.filter((s) => s !== schema) },
  });
}
