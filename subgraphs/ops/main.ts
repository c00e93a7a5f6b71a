import 'reflect-metadata';
import { runMain } from '../kernel/run-main';
import { startOps } from './index';

runMain('ops', (config, logger) => startOps({ config, logger }));
