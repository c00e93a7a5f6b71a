import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from '../../../platform/graphql/scalars/local-date';
import { ValidationError } from '../../../platform/graphql/user-error';
import { Listing } from '../external/listing';
import { PriceBreakdown } from '../pricing/price.types';
import type { StayPrice } from '../pricing/stay-price';
import { STAY_ERRORS, type StayError } from '../stay/stay.errors';

@ObjectType({ description: 'What a stay would cost now. Prices can change: createBooking prices the stay again.' })
export class Quote {
  @Field(() => Listing, { description: 'The listing quoted.' })
  listing: Listing;

  @Field(() => GraphQLLocalDate, { description: "First night, in the listing's time zone." })
  checkIn: string;

  @Field(() => GraphQLLocalDate, { description: "Check-out day, in the listing's time zone." })
  checkOut: string;

  @Field(() => Int, { description: 'How many guests the quote is for.' })
  guests: number;

  @Field(() => PriceBreakdown, { description: "The price line by line, in the listing's currency." })
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
  description: 'The result of `quote`: the price of the stay, or why it cannot be booked.',
  types: () => [Quote, ValidationError, ...STAY_ERRORS] as const,
});
export type QuoteResult = Quote | ValidationError | StayError;
