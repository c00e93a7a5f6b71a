import { createUnionType, Field, ObjectType } from 'type-graphql';
import { ValidationError } from '../../../platform/graphql/user-error';
import { Listing } from './listing.entity';
import { InvalidListingStatusError, ListingNotFoundError, StaleListingVersionError } from './listing.errors';

@ObjectType()
export class ListingSaved {
  @Field(() => Listing)
  listing: Listing;

  constructor(listing: Listing) {
    this.listing = listing;
  }
}

@ObjectType()
export class ListingStatusChanged {
  @Field(() => Listing)
  listing: Listing;

  constructor(listing: Listing) {
    this.listing = listing;
  }
}

export const CreateListingResult = createUnionType({
  name: 'CreateListingResult',
  types: () => [ListingSaved, ValidationError] as const,
});
export type CreateListingResult = ListingSaved | ValidationError;

export const UpdateListingResult = createUnionType({
  name: 'UpdateListingResult',
  types: () => [ListingSaved, ValidationError, ListingNotFoundError, StaleListingVersionError] as const,
});
export type UpdateListingResult = ListingSaved | ValidationError | ListingNotFoundError | StaleListingVersionError;

export const ChangeListingStatusResult = createUnionType({
  name: 'ChangeListingStatusResult',
  types: () => [ListingStatusChanged, ListingNotFoundError, InvalidListingStatusError] as const,
});
export type ChangeListingStatusResult = ListingStatusChanged | ListingNotFoundError | InvalidListingStatusError;
