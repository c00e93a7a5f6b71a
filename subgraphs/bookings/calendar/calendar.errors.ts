import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../../platform/graphql/user-error';

@ObjectType({
  implements: UserError,
  description: "No listing of yours has this calendar (another host's listing is reported the same way).",
})
export class CalendarNotFoundError implements UserError {
  @Field()
  readonly code: string = 'BOOKING.CALENDAR_NOT_FOUND';

  @Field()
  message: string = 'You have no listing with this id.';
}

@ObjectType({
  implements: UserError,
  description:
    'The calendar changed since you read it (a booking, or another edit): read it again and reapply your change.',
})
export class StaleCalendarVersionError implements UserError {
  @Field()
  readonly code: string = 'BOOKING.STALE_CALENDAR_VERSION';

  @Field()
  message: string = 'This calendar was changed meanwhile. Reload it and try again.';

  @Field(() => Int, { description: "The calendar's version now; read the calendar again before retrying." })
  currentVersion: number;

  constructor(currentVersion: number) {
    this.currentVersion = currentVersion;
  }
}
