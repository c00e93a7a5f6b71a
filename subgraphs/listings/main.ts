import 'reflect-metadata';
import { runMain } from '../kernel/run-main';
import { startListings } from './index';

runMain('listings', (config, logger) => startListings({ config, logger }));
