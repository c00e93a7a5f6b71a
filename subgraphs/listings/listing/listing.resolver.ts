import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { User } from '../external/user';
import type { ListingsContext } from '../loaders';
import { Listing } from './listing.entity';
import { loadVisibleListing } from './listing.reference';
import { Money } from '../../kernel/money/money.type';

@Resolver(() => Listing)
export class ListingResolver {
  @Query(() => Listing, {
    nullable: true,
    description: 'A listing on the market, or any listing of yours (admins: any listing). Null for an unknown id and for what you may not see.',
  })
  listing(@Arg('id', () => ID) id: string, @Ctx() ctx: ListingsContext): Promise<Listing | null> {
    return loadVisibleListing(ctx, id);
  }

  @FieldResolver(() => User, { description: 'The host who offers it.' })
  host(@Root() listing: Listing): User {
    return { id: listing.hostId };
  }

  @FieldResolver(() => Money)
  nightlyPrice(@Root() listing: Listing): Money {
    return new Money(listing.nightlyPriceMinor, listing.currency);
  }

  @FieldResolver(() => Money, { description: 'Charged once per stay.' })
  cleaningFee(@Root() listing: Listing): Money {
    return new Money(listing.cleaningFeeMinor, listing.currency);
  }
}
