import 'reflect-metadata';
import { runMain } from '../kernel/run-main';
import { startAccounts } from './index';

runMain('accounts', (config, logger) => startAccounts({ config, logger }));
