import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../../platform/graphql/user-error';

@ObjectType({
  implements: UserError,
  description: "No photo of yours has this id (another host's photo is reported the same way).",
})
export class PhotoNotFoundError implements UserError {
  @Field()
  readonly code: string = 'LISTINGS.PHOTO_NOT_FOUND';

  @Field()
  message: string = 'You have no photo with this id.';
}

@ObjectType({ implements: UserError, description: 'The listing has as many photos (and pending uploads) as allowed.' })
export class TooManyPhotosError implements UserError {
  @Field()
  readonly code: string = 'LISTINGS.TOO_MANY_PHOTOS';

  @Field()
  message: string;

  @Field(() => Int, { description: 'Most photos a listing may have, open uploads included.' })
  limit: number;

  constructor(limit: number) {
    this.limit = limit;
    this.message = `A listing can have at most ${limit} photos. Delete one first.`;
  }
}

@ObjectType({ implements: UserError, description: 'A new order must name every photo of the listing exactly once.' })
export class PhotoOrderMismatchError implements UserError {
  @Field()
  readonly code: string = 'LISTINGS.PHOTO_ORDER_MISMATCH';

  @Field()
  message: string = "List every photo of the listing exactly once. Reload the listing's photos and try again.";
}
