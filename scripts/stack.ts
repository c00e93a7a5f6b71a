import { MikroORM } from '@mikro-orm/postgresql';
import { startGateway, type RunningGateway } from '../gateway';
import type { Clock } from '../subgraphs/kernel/clock';
import type { Config } from '../subgraphs/kernel/config';
import { createLogger, type Logger } from '../subgraphs/kernel/logger';
import { migrate } from '../subgraphs/kernel/migrate';
import type { RunningSubgraph } from '../subgraphs/kernel/subgraph-server';
import { SUBGRAPH_MODULES } from './subgraphs';

/** Applies every subgraph's migrations (each in its own schema) and, optionally, its demo data. */
export async function migrateAll(config: Config, logger: Logger, options: { seed: boolean }): Promise<void> {
  for (const module of SUBGRAPH_MODULES) {
    const orm = await MikroORM.init({ ...module.ormConfig(config), pool: { min: 0, max: 1 } });
    try {
      const applied = await migrate(orm);
      if (applied.length > 0) logger.info({ subgraph: module.name, applied }, 'migrations applied');
      if (options.seed && module.seed) await module.seed(orm.em.fork());
    } finally {
      await orm.close(true);
    }
  }
}

export interface Stack {
  gateway: RunningGateway;
  subgraphs: RunningSubgraph[];
  stop: () => Promise<void>;
}

/**
 * Starts every subgraph, then the gateway pointed at them. With `freePorts` each process takes a
 * port the OS picks (tests); otherwise the configured ones.
 */
export async function startStack(options: { config: Config; clock?: Clock; freePorts?: boolean }): Promise<Stack> {
  const { config, clock, freePorts = false } = options;
  const loggerFor = (name: string) => createLogger({ level: config.logLevel, name });
  const subgraphs: RunningSubgraph[] = [];
  const stopAll = async (gateway?: RunningGateway) => {
    await gateway?.stop();
    await Promise.all(subgraphs.map((s) => s.stop()));
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
    const subgraphUrls = freePorts ? Object.fromEntries(subgraphs.map((s) => [s.name, s.url])) : config.subgraphUrls;
    const gateway = await startGateway({
      config: { ...config, subgraphUrls },
      logger: loggerFor('gateway'),
      port: freePorts ? 0 : config.gatewayPort,
    });
    return { gateway, subgraphs, stop: () => stopAll(gateway) };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
