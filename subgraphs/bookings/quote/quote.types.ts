import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { ValidationError } from '../../../platform/graphql/user-error';
import { Listing } from '../external/listing';
import { PriceBreakdown } from '../pricing/price.types';
import type { StayPrice } from '../pricing/stay-price';
import { STAY_ERRORS, type StayError } from '../stay/stay.errors';

@ObjectType({ description: 'What a stay would cost now. Prices can change: createBooking prices the stay again.' })
export class Quote {
  @Field(() => Listing)
  listing: Listing;

  @Field(() => GraphQLLocalDate)
  checkIn: string;

  @Field(() => GraphQLLocalDate)
  checkOut: string;

  @Field(() => Int)
  guests: number;

  @Field(() => PriceBreakdown)
  price: PriceBreakdown;

  constructor(listingId: string, stay: { checkIn: string; checkOut: string; guests: number }, price: StayPrice) {
    this.listing = { id: listingId };
    this.checkIn = stay.checkIn;
    this.checkOut = stay.checkOut;
    this.guests = stay.guests;
    this.price = new PriceBreakdown(price);
  }
}

export const QuoteResult = createUnionType({
  name: 'QuoteResult',
  types: () => [Quote, ValidationError, ...STAY_ERRORS] as const,
});
export type QuoteResult = Quote | ValidationError | StayError;
