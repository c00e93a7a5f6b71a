// Before anything that loads http or pg: tracing patches them as they load.
import '../platform/observability/instrument';
import 'reflect-metadata';
import { runMain } from '../platform/runtime/run-main';
import { SUBGRAPH_MODULES } from '../subgraphs';
import { startWorker } from './index';

runMain('worker', (config, logger) => startWorker({ config, logger, modules: SUBGRAPH_MODULES }));
