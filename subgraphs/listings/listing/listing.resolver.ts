import { Arg, Ctx, FieldResolver, Float, ID, Query, Resolver, Root } from 'type-graphql';
import { User } from '../external/user';
import type { ListingsContext } from '../loaders';
import { Address } from './address.embeddable';
import { approximateCoordinate, publicAddress } from './approximate-location';
import { seesEveryListingOf } from './listing-visibility';
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

  @FieldResolver(() => Address, { description: 'Street and postal code for the host and admins only.' })
  address(@Root() listing: Listing, @Ctx() ctx: ListingsContext): Address {
    return seesEveryListingOf(ctx.viewer, listing.hostId) ? listing.address : publicAddress(listing.address);
  }

  @FieldResolver(() => Float, { description: 'Exact for the host and admins; to about a kilometre for everyone else.' })
  latitude(@Root() listing: Listing, @Ctx() ctx: ListingsContext): number {
    return seesEveryListingOf(ctx.viewer, listing.hostId) ? listing.latitude : approximateCoordinate(listing.latitude);
  }

  @FieldResolver(() => Float, { description: 'Exact for the host and admins; to about a kilometre for everyone else.' })
  longitude(@Root() listing: Listing, @Ctx() ctx: ListingsContext): number {
    return seesEveryListingOf(ctx.viewer, listing.hostId) ? listing.longitude : approximateCoordinate(listing.longitude);
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
