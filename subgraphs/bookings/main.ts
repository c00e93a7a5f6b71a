import 'reflect-metadata';
import { runMain } from '../../platform/runtime/run-main';
import { startBookings } from './index';

runMain('bookings', (config, logger) => startBookings({ config, logger }));
