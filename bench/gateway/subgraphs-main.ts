import '../../platform/observability/instrument';
import 'reflect-metadata';
import type { RunningSubgraph } from '../../platform/graphql/subgraph-server';
import { asSubgraph } from '../../platform/database/subgraph-database';
import { runMain } from '../../platform/runtime/run-main';
import { SUBGRAPH_MODULES } from '../../subgraphs';

/** Every subgraph in one process, at the ports of the environment: the bench's shared back end. */
runMain('bench-subgraphs', async (config, logger) => {
  const running: RunningSubgraph[] = [];
  for (const module of SUBGRAPH_MODULES) {
    running.push(
      await module.start({
        config: asSubgraph(config, module.name),
        logger: logger.child({ subgraph: module.name }),
        port: config.subgraphPorts[module.name],
      }),
    );
  }
  return { stop: async () => void (await Promise.all(running.map((subgraph) => subgraph.stop()))) };
});
