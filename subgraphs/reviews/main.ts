import 'reflect-metadata';
import { runMain } from '../../platform/runtime/run-main';
import { startReviews } from './index';

runMain('reviews', (config, logger) => startReviews({ config, logger }));
