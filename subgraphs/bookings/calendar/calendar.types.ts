import { GraphQLLocalDate } from '../../../platform/graphql/scalars/local-date';
import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../../platform/graphql/money/money.type';

/** Most days one calendar or availability read returns (about three months): what the gateway's cost estimate assumes. */
export const MAX_CALENDAR_DAYS = 93;
export const CALENDAR_DAYS_SIZE = `@listSize(assumedSize: ${MAX_CALENDAR_DAYS})`;

export enum CalendarDayStatus {
  AVAILABLE = 'AVAILABLE',
  BOOKED = 'BOOKED',
  BLOCKED = 'BLOCKED',
}

registerEnumType(CalendarDayStatus, {
  name: 'CalendarDayStatus',
  description: 'BOOKED: held by a pending booking or taken by a confirmed stay; BLOCKED: closed by the host.',
  valuesConfig: {
    AVAILABLE: {
      description: 'Free: neither booked nor blocked (see `bookable` for whether a guest could book it now).',
    },
    BOOKED: { description: 'Held by a pending booking or taken by a confirmed stay.' },
    BLOCKED: { description: 'Closed by the host.' },
  },
});

@ObjectType({ description: "A night of a listing's calendar, as its host sees it." })
export class CalendarDay {
  @Field(() => GraphQLLocalDate, { description: "The night's date, in the listing's time zone." })
  date!: string;

  @Field(() => CalendarDayStatus, { description: 'Whether the night is free, booked or blocked.' })
  status!: CalendarDayStatus;

  @Field({
    description: 'A guest could book this night now: available, past the advance notice and within the booking window.',
  })
  bookable!: boolean;

  @Field(() => Money, { description: "The night's price in the listing's currency, before fees and taxes." })
  price!: Money;

  @Field({ description: "The price is the host's override for this date, not the listing's nightly price." })
  priceOverridden!: boolean;

  @Field(() => Int, { description: 'Fewest nights a stay starting this night must have.' })
  minNights!: number;

  @Field(() => String, { nullable: true, description: "The host's note on a block." })
  note!: string | null;
}

@ObjectType({ description: "A listing's calendar for its host and admins." })
export class ListingCalendar {
  @Field(() => Int, { description: 'Pass it back as expectedVersion to change the calendar.' })
  version!: number;

  @Field(() => Int, { description: 'Days between booking and check-in, at least (0: same-day check-in).' })
  advanceNoticeDays!: number;

  @Field(() => Int, { description: 'How many days ahead guests can book.' })
  bookingWindowDays!: number;

  @Field(() => [CalendarDay], { description: 'Each night of the range asked for, in date order.' })
  @Directive(CALENDAR_DAYS_SIZE)
  days!: CalendarDay[];
}

@ObjectType({ description: "Whether a night can be booked, without the host's private details." })
export class AvailabilityDay {
  @Field(() => GraphQLLocalDate, { description: "The night's date, in the listing's time zone." })
  date!: string;

  @Field({
    description: 'A guest could book this night now: free, past the advance notice and within the booking window.',
  })
  available!: boolean;
}
