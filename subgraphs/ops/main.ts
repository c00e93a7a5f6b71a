import 'reflect-metadata';
import { runMain } from '../../platform/runtime/run-main';
import { startOps } from './index';

runMain('ops', (config, logger) => startOps({ config, logger }));
