import type { Config } from '../../platform/runtime/config';
import { InboxEntry } from '../../platform/events/inbox.entity';
import { createOrmConfig } from '../../platform/database/orm-config';
import { BookingTransition } from './booking/booking-transition.entity';
import { Booking } from './booking/booking.entity';
import { Calendar } from './calendar/calendar.entity';
import { Occupancy } from './calendar/occupancy.entity';
import { PriceOverride } from './calendar/price-override.entity';
import { migrations } from './migrations';
import { BookingRefund } from './projections/booking-refund.entity';
import { HostStanding } from './projections/host-standing.entity';
import { ListingTerms } from './projections/listing-terms.entity';

export const BOOKINGS_SCHEMA = 'bookings';

export function bookingsOrmConfig(config: Pick<Config, 'databaseUrl' | 'db' | 'mode'>) {
  return createOrmConfig({
    schema: BOOKINGS_SCHEMA,
    entities: [
      ListingTerms,
      HostStanding,
      Calendar,
      Occupancy,
      PriceOverride,
      Booking,
      BookingTransition,
      BookingRefund,
      InboxEntry,
    ],
    migrations,
    config,
  });
}
