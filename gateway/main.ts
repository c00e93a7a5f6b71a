import { runMain } from '../platform/runtime/run-main';
import { startGateway } from './index';

runMain('gateway', (config, logger) => startGateway({ config, logger }));
