import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../platform/runtime/config';
import type { Logger } from '../../platform/runtime/logger';
import type { SubgraphModule } from '../../platform/subgraph-module';
import { startSubgraph, type RunningSubgraph } from '../../platform/graphql/subgraph-server';
import { reportFailedJobs } from './jobs/failed-jobs-report.job';
import { opsOrmConfig } from './mikro-orm.config';
import { buildOpsSchema } from './schema';

/** A small admin-only subgraph for operating the platform (dead-lettered jobs). */
export async function startOps({
  config,
  logger,
  port,
}: {
  config: Config;
  logger: Logger;
  port?: number;
}): Promise<RunningSubgraph> {
  const orm = await MikroORM.init(opsOrmConfig(config));
  return startSubgraph(
    {
      name: 'ops',
      schema: await buildOpsSchema(),
      orm,
      config,
      logger,
      createLoaders: () => ({}),
    },
    port ?? config.subgraphPorts.ops,
  );
}

export const opsSubgraph: SubgraphModule = {
  name: 'ops',
  buildSchema: buildOpsSchema,
  ormConfig: opsOrmConfig,
  start: startOps,
  jobs: [reportFailedJobs],
  schedules: [{ job: reportFailedJobs.name, cron: '0 * * * *' }],
};
