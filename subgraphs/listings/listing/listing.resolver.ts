import { Arg, Ctx, FieldResolver, Float, ID, Query, Resolver, Root } from 'type-graphql';
import { User } from '../external/user';
import type { ListingsContext } from '../loaders';
import { Address } from './address.embeddable';
import { publicAddress } from './approximate-location';
import { seesEveryListingOf } from './listing-visibility';
import { Listing } from './listing.entity';
import { loadVisibleListing } from './listing.reference';
import { Money } from '../../../platform/graphql/money/money.type';

/** The host and admins, and a guest on their way there, need the door; everyone else the area. */
async function seesExactLocation(ctx: ListingsContext, listing: Listing): Promise<boolean> {
  if (seesEveryListingOf(ctx.viewer, listing.hostId)) return true;
  return ctx.viewer !== null && ctx.loaders.confirmedGuest.load(`${ctx.viewer.id}:${listing.id}`);
}

@Resolver(() => Listing)
export class ListingResolver {
  @Query(() => Listing, {
    nullable: true,
    description:
      'A listing on the market, or any listing of yours (admins: any listing). Null for an unknown id and for what you may not see.',
  })
  listing(
    @Arg('id', () => ID, { description: 'A listing id; unknown ids answer null like listings you may not see.' })
    id: string,
    @Ctx() ctx: ListingsContext,
  ): Promise<Listing | null> {
    return loadVisibleListing(ctx, id);
  }

  @FieldResolver(() => User, { description: 'The host who offers it.' })
  host(@Root() listing: Listing): User {
    return { id: listing.hostId };
  }

  // Descriptions of these three live on the entity's fields.
  @FieldResolver(() => Address)
  async address(@Root() listing: Listing, @Ctx() ctx: ListingsContext): Promise<Address> {
    return (await seesExactLocation(ctx, listing)) ? listing.address : publicAddress(listing.address);
  }

  @FieldResolver(() => Float)
  async latitude(@Root() listing: Listing, @Ctx() ctx: ListingsContext): Promise<number> {
    return (await seesExactLocation(ctx, listing)) ? listing.latitude : listing.publicLatitude;
  }

  @FieldResolver(() => Float)
  async longitude(@Root() listing: Listing, @Ctx() ctx: ListingsContext): Promise<number> {
    return (await seesExactLocation(ctx, listing)) ? listing.longitude : listing.publicLongitude;
  }

  @FieldResolver(() => Money, {
    description: "Price of a night in the listing's currency, before fees; the host may price some dates differently.",
  })
  nightlyPrice(@Root() listing: Listing): Money {
    return new Money(listing.nightlyPriceMinor, listing.currency);
  }

  @FieldResolver(() => Money, { description: 'Charged once per stay.' })
  cleaningFee(@Root() listing: Listing): Money {
    return new Money(listing.cleaningFeeMinor, listing.currency);
  }
}
