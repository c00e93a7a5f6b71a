import { MikroORM } from '@mikro-orm/postgresql';
import { systemClock, type Clock } from '../../platform/runtime/clock';
import type { Config } from '../../platform/runtime/config';
import { containerOf } from '../../platform/graphql/container';
import type { Logger } from '../../platform/runtime/logger';
import type { SubgraphModule } from '../../platform/subgraph-module';
import { startSubgraph, type RunningSubgraph } from '../../platform/graphql/subgraph-server';
import { completeStays } from './booking/complete-stays.job';
import { republishAvailabilityJob } from './calendar/availability-refresh.job';
import { expireHold } from './booking/hold-expiry.job';
import { recordFailedPayment } from './booking/payment-failed.handler';
import { confirmPaidBooking } from './booking/payment-succeeded.handler';
import { withdrawSuspendedUsersBookings } from './booking/suspended-user.handler';
import { BOOKINGS_EVENTS } from '../../contracts/events/bookings';
import { createLoaders } from './loaders';
import { bookingsOrmConfig } from './mikro-orm.config';
import { recordBookingRefund, resetBookingRefunds } from './projections/booking-refunds.handlers';
import { recordReinstatedHost, recordSuspendedHost, resetHostStandings } from './projections/host-standing.handlers';
import { LISTING_TERMS_HANDLERS, resetListingTerms } from './projections/listing-terms.handlers';
import { buildBookingsSchema } from './schema';
import { seedBookings } from './seed/bookings.seed';
import { bookingsResolvers } from './services';
import { eraseDeletedUsersNotes } from './user-deleted/erase-notes.handler';
import { exportBookingsPart } from './data-export/export-part.handler';

export async function startBookings({
  config,
  logger,
  port,
  clock = systemClock,
}: {
  config: Config;
  logger: Logger;
  port?: number;
  clock?: Clock;
}): Promise<RunningSubgraph> {
  const schema = await buildBookingsSchema(containerOf(bookingsResolvers({ clock, config })));
  const orm = await MikroORM.init(bookingsOrmConfig(config));
  return startSubgraph(
    { name: 'bookings', schema, orm, config, logger, createLoaders, clock },
    port ?? config.subgraphPorts.bookings,
  );
}

export const bookingsSubgraph: SubgraphModule = {
  name: 'bookings',
  buildSchema: () => buildBookingsSchema(),
  ormConfig: bookingsOrmConfig,
  start: startBookings,
  seed: seedBookings,
  events: BOOKINGS_EVENTS,
  handlers: [
    ...LISTING_TERMS_HANDLERS,
    recordSuspendedHost,
    recordReinstatedHost,
    confirmPaidBooking,
    recordFailedPayment,
    recordBookingRefund,
    withdrawSuspendedUsersBookings,
    eraseDeletedUsersNotes,
    exportBookingsPart,
  ],
  jobs: [expireHold, completeStays, republishAvailabilityJob],
  // Every 5 minutes: a stay completes at most that long after its check-out time.
  schedules: [{ job: completeStays.name, cron: '*/5 * * * *', backfillMs: 3_600_000 }],
  resetProjections: async (em) => {
    await resetListingTerms(em);
    await resetHostStandings(em);
    await resetBookingRefunds(em);
  },
};
