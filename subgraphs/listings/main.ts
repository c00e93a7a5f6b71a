import 'reflect-metadata';
import { runMain } from '../../platform/runtime/run-main';
import { startListings } from './index';

runMain('listings', (config, logger) => startListings({ config, logger }));
