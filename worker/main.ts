import 'reflect-metadata';
import { runMain } from '../platform/runtime/run-main';
import { SUBGRAPH_MODULES } from '../subgraphs';
import { startWorker } from './index';

runMain('worker', (config, logger) => startWorker({ config, logger, modules: SUBGRAPH_MODULES }));
