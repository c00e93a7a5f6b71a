import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { ValidationError } from '../../../platform/graphql/user-error';
import { Listing } from '../external/listing';
import { DatesInPastError, DatesUnavailableError } from '../stay/stay.errors';
import { CalendarNotFoundError, StaleCalendarVersionError } from './calendar.errors';

@ObjectType({ description: "The listing's calendar is changed." })
export class CalendarChanged {
  @Field(() => Listing, { description: 'Read its calendar again from here.' })
  listing: Listing;

  @Field(() => Int, { description: 'The calendar version after the change.' })
  version: number;

  constructor(listingId: string, version: number) {
    this.listing = { id: listingId };
    this.version = version;
  }
}

export const ChangeCalendarResult = createUnionType({
  name: 'ChangeCalendarResult',
  description: 'The result of a calendar change: the new calendar version, or why not.',
  types: () =>
    [
      CalendarChanged,
      ValidationError,
      CalendarNotFoundError,
      StaleCalendarVersionError,
      DatesUnavailableError,
      DatesInPastError,
    ] as const,
});
export type ChangeCalendarResult =
  | CalendarChanged
  | ValidationError
  | CalendarNotFoundError
  | StaleCalendarVersionError
  | DatesUnavailableError
  | DatesInPastError;
