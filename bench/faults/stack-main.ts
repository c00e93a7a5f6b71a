// Before anything that loads http or pg: tracing patches them as they load.
import '../../platform/observability/instrument';
import 'reflect-metadata';
import { runMain } from '../../platform/runtime/run-main';
import { startStack } from '../../scripts/stack';

/** The fault script's gateway-and-subgraphs process: every subgraph and the gateway on the configured ports, no worker. */
runMain('stack', (config) => startStack({ config }));
