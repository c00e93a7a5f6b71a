import { runMain } from '../subgraphs/kernel/run-main';
import { startGateway } from './index';

runMain('gateway', (config, logger) => startGateway({ config, logger }));
