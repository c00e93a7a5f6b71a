import {
  BeforeCreate,
  BeforeUpdate,
  BigIntType,
  Embedded,
  Entity,
  Enum,
  Formula,
  Index,
  OptionalProps,
  PrimaryKey,
  Property,
} from '@mikro-orm/postgresql';
import { Directive, Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { newId } from '../../../platform/graphql/ids';
import { Address } from './address.embeddable';
import { approximateCoordinate } from './approximate-location';
import { Amenity } from './amenity';
import { Capacity } from './capacity.embeddable';
import { CancellationPolicy, ListingStatus, PropertyType, RoomType } from './listing.enums';
import { publicSpherePointSql } from '../migrations/Migration20261202103000SearchAtScale';

const SEARCH_DOCUMENT =
  "(setweight(to_tsvector('english'::regconfig, title), 'A'::\"char\") || setweight(to_tsvector('english'::regconfig, ((address_city || ' '::text) || COALESCE(address_region, ''::text))), 'B'::\"char\") || setweight(to_tsvector('english'::regconfig, description), 'C'::\"char\")) stored";

/** A place a host offers. Prices are kept in the currency's minor units; `version` guards concurrent edits. */
@Entity({ tableName: 'listings' })
@Index({ name: 'listings_host_id_id_index', properties: ['hostId', 'id'] })
// Search paths (search/listing-search.sql.ts): MikroORM cannot describe these, so it compares them by name only.
@Index({
  name: 'listings_search_document_index',
  expression: 'create index "listings_search_document_index" on "listings"."listings" using gin ("search_document")',
})
@Index({
  name: 'listings_amenities_index',
  expression: 'create index "listings_amenities_index" on "listings"."listings" using gin ("amenities")',
})
@Index({
  name: 'listings_public_location_index',
  expression:
    'create index "listings_public_location_index" on "listings"."listings" using gist (point("public_longitude", "public_latitude"))',
})
@Index({
  name: 'listings_city_index',
  expression: 'create index "listings_city_index" on "listings"."listings" (lower("address_city"))',
})
@Index({
  name: 'listings_country_index',
  expression: 'create index "listings_country_index" on "listings"."listings" ("address_country")',
})
@Index({
  name: 'listings_price_index',
  expression: 'create index "listings_price_index" on "listings"."listings" ("currency", "nightly_price_minor", "id")',
})
@Index({
  name: 'listings_published_at_index',
  expression: 'create index "listings_published_at_index" on "listings"."listings" ("published_at", "id")',
})
@Index({
  name: 'listings_guests_index',
  expression: 'create index "listings_guests_index" on "listings"."listings" ("capacity_guests")',
})
@Index({
  name: 'listings_public_sphere_index',
  expression: `create index "listings_public_sphere_index" on "listings"."listings" using gist (${publicSpherePointSql('')})`,
})
@Index({ name: 'listings_rating_index', properties: ['ratingRank', 'id'] })
@Index({
  name: 'listings_country_rating_index',
  expression:
    'create index "listings_country_rating_index" on "listings"."listings" ("address_country", "rating_rank", "id")',
})
@Index({
  name: 'listings_kind_index',
  expression:
    'create index "listings_kind_index" on "listings"."listings" ("property_type", "room_type", "instant_book")',
})
@ObjectType({ description: 'A place to stay, offered by a host.' })
@Directive('@key(fields: "id")')
export class Listing {
  [OptionalProps]?:
    | 'status'
    | 'version'
    | 'createdAt'
    | 'updatedAt'
    | 'publishedAt'
    | 'hostSuspended'
    | 'searchDocument'
    | 'publicLatitude'
    | 'publicLongitude'
    | 'ratingRank';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: "The listing's permanent id." })
  id: string = newId();

  /** The host's user id (accounts owns users, so no foreign key). */
  @Property({ type: 'uuid' })
  hostId!: string;

  @Enum({ items: () => ListingStatus })
  @Field(() => ListingStatus, { description: 'Whether the listing is a draft, on the market or taken off it.' })
  status: ListingStatus = ListingStatus.DRAFT;

  @Property({ type: 'text' })
  @Field({ description: 'Headline shown in search results, 5 to 100 characters.' })
  title!: string;

  @Property({ type: 'text' })
  @Field({ description: 'What the place is like, 20 to 5000 characters.' })
  description!: string;

  @Enum({ items: () => PropertyType })
  @Field(() => PropertyType, { description: 'What kind of building the place is.' })
  propertyType!: PropertyType;

  @Enum({ items: () => RoomType })
  @Field(() => RoomType, { description: 'How much of the property guests get.' })
  roomType!: RoomType;

  @Embedded(() => Address)
  @Field(() => Address, {
    description: 'Street and postal code for the host, admins and guests with a confirmed stay only.',
  })
  address!: Address;

  @Property({ type: 'double' })
  @Field(() => Float, {
    description: 'Exact for the host, admins and guests with a confirmed stay; to about a kilometre for everyone else.',
  })
  latitude!: number;

  @Property({ type: 'double' })
  @Field(() => Float, {
    description: 'Exact for the host, admins and guests with a confirmed stay; to about a kilometre for everyone else.',
  })
  longitude!: number;

  /** The point everyone else sees and every search runs on (search/search.sql.ts); kept by placePublicly. */
  @Property({ type: 'double' })
  publicLatitude!: number;

  @Property({ type: 'double' })
  publicLongitude!: number;

  @Property({ type: 'text' })
  @Field({
    description: 'IANA time zone of the place, e.g. Africa/Nairobi: stay dates and check-in times are local to it.',
  })
  timeZone!: string;

  @Embedded(() => Capacity)
  @Field(() => Capacity, { description: 'How many guests the place sleeps, and in what.' })
  capacity!: Capacity;

  @Enum({ items: () => Amenity, array: true })
  @Field(() => [Amenity], { description: 'What the place offers; may be empty.' })
  amenities!: Amenity[];

  @Property({ type: 'text' })
  @Field({ description: 'Free text; may be empty.' })
  houseRules!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Earliest check-in, local 24-hour HH:MM.' })
  checkInTime!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Latest check-out, local 24-hour HH:MM.' })
  checkOutTime!: string;

  @Property({ type: 'text' })
  currency!: string;

  @Property({ type: new BigIntType('number') })
  nightlyPriceMinor!: number;

  @Property({ type: new BigIntType('number') })
  cleaningFeeMinor!: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Fewest nights a stay may have (1 to 365).' })
  minNights!: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Most nights a stay may have (1 to 365).' })
  maxNights!: number;

  @Property({ type: 'boolean' })
  @Field({ description: 'Guests may book without waiting for the host to accept.' })
  instantBook!: boolean;

  @Enum({ items: () => CancellationPolicy })
  @Field(() => CancellationPolicy, { description: 'What a guest who cancels gets back; new bookings take it on.' })
  cancellationPolicy!: CancellationPolicy;

  @Property({ type: 'integer', version: true })
  @Field(() => Int, { description: 'Changes with every change; pass it back as `expectedVersion` to update.' })
  version!: number;

  /** Read with the listing so visibility costs no extra statement (see host-standing.entity.ts). */
  @Formula(
    (alias) =>
      `exists (select 1 from "listings"."host_standings" hs where hs.host_id = ${alias}.host_id and hs.suspended)`,
    { type: 'boolean' },
  )
  hostSuspended?: boolean;

  /** Kept by PostgreSQL from the texts guests search; title words weigh most. Never read into the entity. */
  @Property({ type: 'tsvector', lazy: true, hidden: true, generated: SEARCH_DOCUMENT })
  searchDocument?: string;

  /** The rating sort's key (search/search-order.ts), kept by a trigger on listing_ratings so one index serves filter and sort. */
  @Property({ type: 'bigint', default: 0, lazy: true, hidden: true })
  ratingRank?: string;

  @Property({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When the host created the listing.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => GraphQLISODateTime, { description: 'When the listing last changed.' })
  updatedAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was first published.' })
  publishedAt: Date | null = null;

  /** Every write path (create, update, seed, tests) goes through the flush, so the public point cannot fall behind. */
  @BeforeCreate()
  @BeforeUpdate()
  placePublicly(): void {
    this.publicLatitude = approximateCoordinate(this.latitude);
    this.publicLongitude = approximateCoordinate(this.longitude);
  }
}
