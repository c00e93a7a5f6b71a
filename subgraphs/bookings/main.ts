import 'reflect-metadata';
import { runMain } from '../kernel/run-main';
import { startBookings } from './index';

runMain('bookings', (config, logger) => startBookings({ config, logger }));
