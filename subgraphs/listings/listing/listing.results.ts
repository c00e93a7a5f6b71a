import { createUnionType, Field, ObjectType } from 'type-graphql';
import { ValidationError } from '../../../platform/graphql/user-error';
import { Listing } from './listing.entity';
import { InvalidListingStatusError, ListingNotFoundError, StaleListingVersionError } from './listing.errors';

@ObjectType({ description: 'The listing is saved.' })
export class ListingSaved {
  @Field(() => Listing, { description: 'The listing as it is now, with its new `version`.' })
  listing: Listing;

  constructor(listing: Listing) {
    this.listing = listing;
  }
}

@ObjectType({ description: "The listing's status changed: it is on the market, or off it." })
export class ListingStatusChanged {
  @Field(() => Listing, { description: 'The listing with its new status.' })
  listing: Listing;

  constructor(listing: Listing) {
    this.listing = listing;
  }
}

export const CreateListingResult = createUnionType({
  name: 'CreateListingResult',
  description: 'The result of `createListing`: the new draft, or every invalid field.',
  types: () => [ListingSaved, ValidationError] as const,
});
export type CreateListingResult = ListingSaved | ValidationError;

export const UpdateListingResult = createUnionType({
  name: 'UpdateListingResult',
  description: 'The result of `updateListing`: the changed listing, or why not.',
  types: () => [ListingSaved, ValidationError, ListingNotFoundError, StaleListingVersionError] as const,
});
export type UpdateListingResult = ListingSaved | ValidationError | ListingNotFoundError | StaleListingVersionError;

export const ChangeListingStatusResult = createUnionType({
  name: 'ChangeListingStatusResult',
  description: 'The result of `publishListing`, `deactivateListing` and `reactivateListing`: the listing, or why not.',
  types: () => [ListingStatusChanged, ListingNotFoundError, InvalidListingStatusError] as const,
});
export type ChangeListingStatusResult = ListingStatusChanged | ListingNotFoundError | InvalidListingStatusError;
