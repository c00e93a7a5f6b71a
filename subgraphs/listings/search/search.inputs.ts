import { Field, Float, InputType, Int, registerEnumType } from 'type-graphql';
import { Amenity } from '../listing/amenity';
import { PropertyType, RoomType } from '../listing/listing.enums';
import { Sensitive } from '../../../platform/graphql/sensitive';

export enum ListingSearchSort {
  RELEVANCE = 'RELEVANCE',
  PRICE_ASC = 'PRICE_ASC',
  PRICE_DESC = 'PRICE_DESC',
  NEWEST = 'NEWEST',
  RATING = 'RATING',
  DISTANCE = 'DISTANCE',
}

registerEnumType(ListingSearchSort, {
  name: 'ListingSearchSort',
  description:
    'RELEVANCE: best text match first (newest first without a query). PRICE_ASC / PRICE_DESC: nightly price, needs filter.price. NEWEST: latest published first. RATING: highest shown rating (average to one decimal) first, then most reviews, unrated last. DISTANCE: nearest first, needs filter.near.',
  valuesConfig: {
    RELEVANCE: { description: 'Best match for filter.query first; newest first without a query.' },
    PRICE_ASC: { description: 'Lowest nightly price first; needs filter.price.' },
    PRICE_DESC: { description: 'Highest nightly price first; needs filter.price.' },
    NEWEST: { description: 'Most recently published first.' },
    RATING: {
      description:
        'Highest rating as shown (the average rounded half-up to one decimal) first, then the most reviews; listings with no rating last.',
    },
    DISTANCE: { description: 'Nearest to filter.near first; needs filter.near.' },
  },
});

@InputType({ description: 'A map rectangle, in degrees. West greater than east crosses the antimeridian.' })
export class BoundingBoxInput {
  @Field(() => Float, { description: '-90 to 90, at most north.' })
  south!: number;

  @Field(() => Float, { description: '-180 to 180.' })
  west!: number;

  @Field(() => Float, { description: '-90 to 90.' })
  north!: number;

  @Field(() => Float, { description: '-180 to 180.' })
  east!: number;
}

@InputType({ description: 'Around a point, within a radius.' })
export class NearInput {
  @Field(() => Float, { description: '-90 to 90.' })
  latitude!: number;

  @Field(() => Float, { description: '-180 to 180.' })
  longitude!: number;

  @Field(() => Float, { description: 'More than 0, at most 500.' })
  radiusKm!: number;
}

@InputType({
  description: 'Nightly base price (before fees) in one currency; listings priced in another currency do not match.',
})
export class PriceRangeInput {
  @Field({ description: 'ISO 4217 code, e.g. "EUR".' })
  currency!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Decimal amount in the currency, e.g. "80" or "79.99"; at least 0.',
  })
  min?: string | null;

  @Field(() => String, { nullable: true, description: 'Decimal amount, at least min.' })
  max?: string | null;
}

@InputType({ description: 'Local dates of the stay: nights from check-in up to (not including) check-out.' })
export class StayInput {
  @Field({ description: 'YYYY-MM-DD, not in the past.' })
  checkIn!: string;

  @Field({ description: 'YYYY-MM-DD, after checkIn, at most 365 nights later.' })
  checkOut!: string;
}

@InputType({ description: 'Every given criterion must hold; omit one to ignore it.' })
export class ListingSearchFilter {
  @Sensitive('PERSONAL')
  @Field(() => String, {
    nullable: true,
    description:
      'Words to look for in titles, places and descriptions (web-search syntax: "quoted phrase", -exclude, or). 2 to 200 characters.',
  })
  query?: string | null;

  @Field(() => String, { nullable: true, description: 'City name, any case.' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code, e.g. "KE".' })
  country?: string | null;

  @Field(() => BoundingBoxInput, { nullable: true, description: 'Inside this map rectangle.' })
  boundingBox?: BoundingBoxInput | null;

  @Field(() => NearInput, { nullable: true, description: 'Also gives each result its distance.' })
  near?: NearInput | null;

  @Field(() => Int, { nullable: true, description: 'Sleeps at least this many guests, 1 to 50.' })
  guests?: number | null;

  @Field(() => PriceRangeInput, { nullable: true, description: 'Nightly price in this currency and range.' })
  price?: PriceRangeInput | null;

  @Field(() => [Amenity], { nullable: true, description: 'Has all of them.' })
  amenities?: Amenity[] | null;

  @Field(() => [PropertyType], { nullable: true, description: 'Any of them.' })
  propertyTypes?: PropertyType[] | null;

  @Field(() => [RoomType], { nullable: true, description: 'Any of them.' })
  roomTypes?: RoomType[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: only instant-book listings; false: only those where the host accepts each request.',
  })
  instantBook?: boolean | null;

  @Field(() => StayInput, {
    nullable: true,
    description: "Free for every night of the stay, and the stay fits the listing's minimum and maximum nights.",
  })
  stay?: StayInput | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Rating as shown (the average rounded half-up to one decimal) at least this, 1 to 5: a listing shown as 4.5 matches 4.5. Listings with no rating do not match.',
  })
  minRating?: number | null;
}
