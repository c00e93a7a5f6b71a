import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../../platform/graphql/user-error';
import { ListingStatus } from './listing.enums';

@ObjectType({
  implements: UserError,
  description: "No listing of yours has this id (another host's listing is reported the same way).",
})
export class ListingNotFoundError implements UserError {
  @Field()
  readonly code: string = 'LISTINGS.LISTING_NOT_FOUND';

  @Field()
  message: string = 'You have no listing with this id.';
}

@ObjectType({
  implements: UserError,
  description: 'The listing changed since you read it: read it again and reapply your change.',
})
export class StaleListingVersionError implements UserError {
  @Field()
  readonly code: string = 'LISTINGS.STALE_VERSION';

  @Field()
  message: string = 'This listing was changed meanwhile. Reload it and try again.';

  @Field(() => Int, { description: "The listing's version now; read the listing again before retrying." })
  currentVersion: number;

  constructor(currentVersion: number) {
    this.currentVersion = currentVersion;
  }
}

@ObjectType({
  implements: UserError,
  description: 'The listing is not in a status this change applies to, e.g. publishing a published listing.',
})
export class InvalidListingStatusError implements UserError {
  @Field()
  readonly code: string = 'LISTINGS.INVALID_STATUS_TRANSITION';

  @Field()
  message: string;

  @Field(() => ListingStatus, { description: 'The status the listing is in now.' })
  status: ListingStatus;

  constructor(status: ListingStatus, action: string) {
    this.status = status;
    this.message = `A ${status.toLowerCase()} listing cannot be ${action}.`;
  }
}
