import type { GraphQLSchema } from 'graphql';
import type { ContainerType } from 'type-graphql';
import { buildFederatedSchema } from '../../platform/graphql/federated-schema';
import { BookingFieldsResolver } from './booking/booking-fields.resolver';
import { bookingReference } from './booking/booking.reference';
import { BookingResolver } from './booking/booking.resolver';
import { CalendarResolver } from './calendar/calendar.resolver';
import { ListingCalendarResolver } from './calendar/listing-calendar.resolver';
import { ListingBookingsResolver } from './external/listing-bookings.resolver';
import { UserBookingsResolver } from './external/user-bookings.resolver';
import { QuoteResolver } from './quote/quote.resolver';

export function buildBookingsSchema(container?: ContainerType): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      QuoteResolver,
      BookingResolver,
      BookingFieldsResolver,
      CalendarResolver,
      ListingCalendarResolver,
      ListingBookingsResolver,
      UserBookingsResolver,
    ],
    references: bookingReference,
    container,
  });
}
