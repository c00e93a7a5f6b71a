// Before anything that loads http or pg: tracing patches them as they load.
import '../platform/observability/instrument';
import { runMain } from '../platform/runtime/run-main';
import { startGateway } from './index';

runMain('gateway', (config, logger) => startGateway({ config, logger }));
