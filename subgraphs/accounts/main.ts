import 'reflect-metadata';
import { runMain } from '../../platform/runtime/run-main';
import { startAccounts } from './index';

runMain('accounts', (config, logger) => startAccounts({ config, logger }));
