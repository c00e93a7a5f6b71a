import { Field, Float, InputType, Int } from 'type-graphql';
import { Amenity } from './amenity';
import { CancellationPolicy, PropertyType, RoomType } from './listing.enums';

@InputType()
export class AddressInput {
  @Field({ description: '1 to 200 characters.' })
  street!: string;

  @Field({ description: '1 to 100 characters.' })
  city!: string;

  @Field(() => String, { nullable: true, description: 'Up to 100 characters.' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to 20 characters.' })
  postalCode?: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2 code, e.g. "KE".' })
  country!: string;
}

@InputType()
export class CapacityInput {
  @Field(() => Int, { description: '1 to 50.' })
  guests!: number;

  @Field(() => Int, { description: '0 (a studio) to 50.' })
  bedrooms!: number;

  @Field(() => Int, { description: '1 to 100.' })
  beds!: number;

  @Field(() => Float, { description: '0 to 50, in halves.' })
  bathrooms!: number;
}

@InputType({ description: 'A complete listing. It starts as a DRAFT: publish it to make it visible.' })
export class CreateListingInput {
  @Field({ description: '5 to 100 characters.' })
  title!: string;

  @Field({ description: '20 to 5000 characters.' })
  description!: string;

  @Field(() => PropertyType)
  propertyType!: PropertyType;

  @Field(() => RoomType)
  roomType!: RoomType;

  @Field(() => AddressInput)
  address!: AddressInput;

  @Field(() => Float, { description: '-90 to 90.' })
  latitude!: number;

  @Field(() => Float, { description: '-180 to 180.' })
  longitude!: number;

  @Field({ description: 'IANA time zone, e.g. "Africa/Nairobi".' })
  timeZone!: string;

  @Field(() => CapacityInput)
  capacity!: CapacityInput;

  @Field(() => [Amenity])
  amenities!: Amenity[];

  @Field({ description: 'Up to 5000 characters; may be empty.' })
  houseRules!: string;

  @Field({ description: 'Local 24-hour HH:MM, e.g. "15:00".' })
  checkInTime!: string;

  @Field({ description: 'Local 24-hour HH:MM, e.g. "11:00".' })
  checkOutTime!: string;

  @Field({ description: 'ISO 4217 code, e.g. "EUR".' })
  currency!: string;

  @Field({
    description: 'Decimal amount with at most the currency\'s decimals, e.g. "120.50" EUR or "15000" JPY; more than 0.',
  })
  nightlyPrice!: string;

  @Field({ description: 'Decimal amount, like nightlyPrice; "0" for none.' })
  cleaningFee!: string;

  @Field(() => Int, { description: '1 to 365.' })
  minNights!: number;

  @Field(() => Int, { description: '1 to 365, at least minNights.' })
  maxNights!: number;

  @Field()
  instantBook!: boolean;

  @Field(() => CancellationPolicy)
  cancellationPolicy!: CancellationPolicy;
}

@InputType({
  description:
    'The fields to change; omitted or null ones stay as they are. A new currency needs nightlyPrice and cleaningFee in it too.',
})
export class UpdateListingInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => PropertyType, { nullable: true })
  propertyType?: PropertyType | null;

  @Field(() => RoomType, { nullable: true })
  roomType?: RoomType | null;

  @Field(() => AddressInput, { nullable: true, description: 'Replaces the whole address.' })
  address?: AddressInput | null;

  @Field(() => Float, { nullable: true })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  longitude?: number | null;

  @Field(() => String, { nullable: true })
  timeZone?: string | null;

  @Field(() => CapacityInput, { nullable: true })
  capacity?: CapacityInput | null;

  @Field(() => [Amenity], { nullable: true, description: 'Replaces the whole list.' })
  amenities?: Amenity[] | null;

  @Field(() => String, { nullable: true })
  houseRules?: string | null;

  @Field(() => String, { nullable: true })
  checkInTime?: string | null;

  @Field(() => String, { nullable: true })
  checkOutTime?: string | null;

  @Field(() => String, { nullable: true })
  currency?: string | null;

  @Field(() => String, { nullable: true })
  nightlyPrice?: string | null;

  @Field(() => String, { nullable: true })
  cleaningFee?: string | null;

  @Field(() => Int, { nullable: true })
  minNights?: number | null;

  @Field(() => Int, { nullable: true })
  maxNights?: number | null;

  @Field(() => Boolean, { nullable: true })
  instantBook?: boolean | null;

  @Field(() => CancellationPolicy, { nullable: true })
  cancellationPolicy?: CancellationPolicy | null;
}
