import 'reflect-metadata';
import { runMain } from '../subgraphs/kernel/run-main';
import { SUBGRAPH_MODULES } from '../scripts/subgraphs';
import { startWorker } from './index';

runMain('worker', (config, logger) => startWorker({ config, logger, modules: SUBGRAPH_MODULES }));
