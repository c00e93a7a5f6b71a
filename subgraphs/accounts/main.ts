// Before anything that loads http or pg: tracing patches them as they load.
import '../../platform/observability/instrument';
import 'reflect-metadata';
import { runMain } from '../../platform/runtime/run-main';
import { startAccounts } from './index';

runMain('accounts', (config, logger) => startAccounts({ config, logger }));
