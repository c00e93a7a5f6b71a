import 'reflect-metadata';
import { runMain } from '../../platform/runtime/run-main';
import { startPayments } from './index';

runMain('payments', (config, logger) => startPayments({ config, logger }));
