import { GraphQLLocalDate } from 'graphql-scalars';
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
    @Arg('listingId', () => ID) listingId: string,
    @Arg('checkIn', () => GraphQLLocalDate) checkIn: string,
    @Arg('checkOut', () => GraphQLLocalDate) checkOut: string,
    @Arg('guests', () => Int) guests: number,
    @Ctx() ctx: BookingsContext,
  ): Promise<QuoteResult> {
    return this.quotes.quote(ctx.em, listingId, { checkIn, checkOut, guests });
  }
}
