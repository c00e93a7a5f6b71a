import type { Clock } from '../../platform/runtime/clock';
import type { Config } from '../../platform/runtime/config';
import { BookingQueries } from './booking/booking.queries';
import { BookingResolver } from './booking/booking.resolver';
import { CancelBookingService } from './booking/cancel-booking.service';
import { CreateBookingService } from './booking/create-booking.service';
import { HostResponseService } from './booking/host-response.service';
import { CalendarQueries } from './calendar/calendar.queries';
import { CalendarResolver } from './calendar/calendar.resolver';
import { CalendarService } from './calendar/calendar.service';
import { ListingCalendarResolver } from './calendar/listing-calendar.resolver';
import { ListingBookingsResolver } from './external/listing-bookings.resolver';
import { UserBookingsResolver } from './external/user-bookings.resolver';
import { QuoteResolver } from './quote/quote.resolver';
import { QuoteService } from './quote/quote.service';
import { StayAssessment } from './stay/stay-assessment';

/** Builds the bookings services once per process and returns the resolvers that use them. */
export function bookingsResolvers({ clock, config }: { clock: Clock; config: Config }): object[] {
  const stays = new StayAssessment(clock, config.bookings);
  const queries = new BookingQueries();
  return [
    new QuoteResolver(new QuoteService(stays)),
    new BookingResolver(
      new CreateBookingService(clock, config.bookings, stays),
      new HostResponseService(clock, config.bookings),
      new CancelBookingService(clock),
    ),
    new CalendarResolver(new CalendarService(clock)),
    new ListingCalendarResolver(new CalendarQueries(clock)),
    new ListingBookingsResolver(queries),
    new UserBookingsResolver(queries),
  ];
}
