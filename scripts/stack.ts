import { MikroORM } from '@mikro-orm/postgresql';
import { runMigrations } from 'graphile-worker';
import { startGateway, type RunningGateway } from '../gateway';
import type { Clock } from '../platform/runtime/clock';
import type { Config } from '../platform/runtime/config';
import { createLogger, type Logger } from '../platform/runtime/logger';
import { migrate } from '../platform/database/migrate';
import { eventLogOrmConfig } from '../platform/events/event-log.orm';
import type { SubgraphModule } from '../platform/subgraph-module';
import type { RunningSubgraph } from '../platform/graphql/subgraph-server';
import { graphileLogger } from '../worker/graphile-logger';
import { startWorker, type RunningWorker } from '../worker';
import { SUBGRAPH_MODULES } from '../subgraphs';

/**
 * Applies the platform's migrations (event log, job queue), then every subgraph's (each in its own
 * schema) and, optionally, its demo data.
 */
export async function migrateAll(config: Config, logger: Logger, options: { seed: boolean }): Promise<void> {
  await runMigrations({ connectionString: config.databaseUrl, logger: graphileLogger(logger) });
  const steps: { name: string; ormConfig: SubgraphModule['ormConfig']; seed?: SubgraphModule['seed'] }[] = [
    { name: 'events', ormConfig: eventLogOrmConfig },
    ...SUBGRAPH_MODULES,
  ];
  for (const step of steps) {
    const orm = await MikroORM.init({ ...step.ormConfig(config), pool: { min: 0, max: 1 } });
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
    await gateway?.stop();
    await Promise.all(subgraphs.map((s) => s.stop()));
    await worker?.stop();
  };
  try {
    for (const module of SUBGRAPH_MODULES) {
      subgraphs.push(
        await module.start({
          config,
          logger: loggerFor(module.name),
          port: freePorts ? 0 : config.subgraphPorts[module.name],
          clock,
        }),
      );
    }
    if (options.withWorker) {
      worker = await startWorker({
        config,
        logger: loggerFor('worker'),
        modules: SUBGRAPH_MODULES,
        clock,
        port: freePorts ? 0 : config.worker.port,
      });
    }
    const subgraphUrls = freePorts ? Object.fromEntries(subgraphs.map((s) => [s.name, s.url])) : config.subgraphUrls;
    const gateway = await startGateway({
      config: { ...config, subgraphUrls },
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
