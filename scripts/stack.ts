import { MikroORM } from '@mikro-orm/postgresql';
import { runMigrations } from 'graphile-worker';
import { Pool } from 'pg';
import { startGateway, type RunningGateway } from '../gateway';
import type { Clock } from '../platform/runtime/clock';
import type { Config } from '../platform/runtime/config';
import { createLogger, type Logger } from '../platform/runtime/logger';
import { migrate } from '../platform/database/migrate';
import { withOwnMetricsPort } from '../platform/observability/metrics-ports';
import { asMigrator, asSubgraph } from '../platform/database/subgraph-database';
import { eventLogOrmConfig } from '../platform/events/event-log.orm';
import type { SubgraphModule } from '../platform/subgraph-module';
import type { RunningSubgraph } from '../platform/graphql/subgraph-server';
import { graphileLogger } from '../worker/graphile-logger';
import { startWorker, type RunningWorker } from '../worker';
import { SUBGRAPH_MODULES } from '../subgraphs';

/**
 * Applies the platform's migrations (event log, job queue), then every subgraph's (each in its own
 * schema) and, optionally, its demo data; as the schemas' owner (MIGRATION_DATABASE_URL), with a lock
 * timeout so a migration waiting behind running requests gives up instead of blocking them all.
 */
export async function migrateAll(config: Config, logger: Logger, options: { seed: boolean }): Promise<void> {
  const migrator = asMigrator(config);
  const session = { statement_timeout: migrator.db.statementTimeoutMs, lock_timeout: config.migration.lockTimeoutMs };
  const queuePool = new Pool({ connectionString: migrator.databaseUrl, max: 1, ...session });
  const onConnectionError = (error: Error) => logger.warn({ err: error }, 'migration connection failed');
  queuePool.on('error', onConnectionError);
  queuePool.on('connect', (client) => client.on('error', onConnectionError));
  try {
    await runMigrations({ pgPool: queuePool, logger: graphileLogger(logger) });
  } finally {
    await queuePool.end();
  }
  const steps: { name: string; ormConfig: SubgraphModule['ormConfig']; seed?: SubgraphModule['seed'] }[] = [
    { name: 'events', ormConfig: eventLogOrmConfig },
    ...SUBGRAPH_MODULES,
  ];
  for (const step of steps) {
    const orm = await MikroORM.init({
      ...step.ormConfig(migrator),
      pool: { min: 0, max: 1 },
      driverOptions: { connection: session },
    });
    try {
      const applied = await migrate(orm);
      if (applied.length > 0) logger.info({ schema: step.name, applied }, 'migrations applied');
      if (options.seed && step.seed) await step.seed(orm.em.fork());
    } finally {
      await orm.close(true);
    }
  }
}

export interface Stack {
  gateway: RunningGateway;
  subgraphs: RunningSubgraph[];
  worker?: RunningWorker;
  stop: () => Promise<void>;
}

/**
 * Starts every subgraph, then the gateway pointed at them. With `freePorts` each process takes a
 * port the OS picks (tests); otherwise the configured ones.
 */
export async function startStack(options: {
  config: Config;
  clock?: Clock;
  freePorts?: boolean;
  withWorker?: boolean;
  /** Each process's logger (tests capture what is logged); by default JSON lines to stdout. */
  loggerFor?: (name: string) => Logger;
}): Promise<Stack> {
  const { config, clock, freePorts = false } = options;
  const loggerFor = options.loggerFor ?? ((name: string) => createLogger({ level: config.logLevel, name }));
  const subgraphs: RunningSubgraph[] = [];
  let worker: RunningWorker | undefined;
  const stopAll = async (gateway?: RunningGateway) => {
    // Readiness off everywhere at once: one drain delay for the whole process, not one per service.
    await Promise.all([gateway, ...subgraphs].map((s) => s?.drain()));
    await gateway?.stop();
    await Promise.all(subgraphs.map((s) => s.stop()));
    await worker?.stop();
  };
  try {
    for (const module of SUBGRAPH_MODULES) {
      subgraphs.push(
        await module.start({
          config: withOwnMetricsPort(asSubgraph(config, module.name), module.name, freePorts),
          logger: loggerFor(module.name),
          port: freePorts ? 0 : config.subgraphPorts[module.name],
          clock,
        }),
      );
    }
    if (options.withWorker) {
      worker = await startWorker({
        config: withOwnMetricsPort(config, 'worker', freePorts),
        logger: loggerFor('worker'),
        modules: SUBGRAPH_MODULES,
        clock,
        port: freePorts ? 0 : config.worker.port,
      });
    }
    const subgraphUrls = freePorts ? Object.fromEntries(subgraphs.map((s) => [s.name, s.url])) : config.subgraphUrls;
    const gateway = await startGateway({
      config: { ...withOwnMetricsPort(config, 'gateway', freePorts), subgraphUrls },
      logger: loggerFor('gateway'),
      port: freePorts ? 0 : config.gatewayPort,
      clock,
    });
    return { gateway, subgraphs, worker, stop: () => stopAll(gateway) };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
