// Before anything that loads http or pg: tracing patches them as they load.
import '../../platform/observability/instrument';
import 'reflect-metadata';
import { runMain } from '../../platform/runtime/run-main';
import { startPayments } from './index';

runMain('payments', (config, logger) => startPayments({ config, logger }));
