import { GraphQLLocalDate } from '../../../platform/graphql/scalars/local-date';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { BookingsContext } from '../loaders';
import { QuoteResult } from './quote.types';
import { QuoteService } from './quote.service';

@Resolver()
export class QuoteResolver {
  constructor(private readonly quotes: QuoteService) {}

  @Query(() => QuoteResult, {
    description: 'What a stay would cost, line by line, or why it cannot be booked. Dates are local to the listing.',
  })
  quote(
    @Arg('listingId', () => ID, { description: 'A listing on the market.' }) listingId: string,
    @Arg('checkIn', () => GraphQLLocalDate, { description: "First night, in the listing's time zone." })
    checkIn: string,
    @Arg('checkOut', () => GraphQLLocalDate, {
      description: "Check-out day, in the listing's time zone; it may be the next guest's check-in day.",
    })
    checkOut: string,
    @Arg('guests', () => Int, { description: "How many guests stay: at least 1, at most the listing's capacity." })
    guests: number,
    @Ctx() ctx: BookingsContext,
  ): Promise<QuoteResult> {
    return this.quotes.quote(ctx.em, listingId, { checkIn, checkOut, guests });
  }
}
