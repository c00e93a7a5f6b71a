import { Field, Float, InputType, Int } from 'type-graphql';
import { Amenity } from './amenity';
import { CancellationPolicy, PropertyType, RoomType } from './listing.enums';
import { Sensitive } from '../../../platform/graphql/sensitive';

@InputType({
  description: "The place's full address; street and postal code are shown only to those who may see them.",
})
export class AddressInput {
  @Sensitive('PERSONAL')
  @Field({ description: '1 to 200 characters.' })
  street!: string;

  @Field({ description: '1 to 100 characters.' })
  city!: string;

  @Field(() => String, { nullable: true, description: 'Up to 100 characters.' })
  region?: string | null;

  @Sensitive('PERSONAL')
  @Field(() => String, { nullable: true, description: 'Up to 20 characters.' })
  postalCode?: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2 code, e.g. "KE".' })
  country!: string;
}

@InputType({ description: 'How many people the place sleeps, and in what.' })
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

  @Field(() => PropertyType, { description: 'What kind of building the place is.' })
  propertyType!: PropertyType;

  @Field(() => RoomType, { description: 'How much of the property guests get.' })
  roomType!: RoomType;

  @Field(() => AddressInput, { description: 'Where the place is.' })
  address!: AddressInput;

  @Sensitive('PERSONAL')
  @Field(() => Float, { description: '-90 to 90.' })
  latitude!: number;

  @Sensitive('PERSONAL')
  @Field(() => Float, { description: '-180 to 180.' })
  longitude!: number;

  @Field({ description: 'IANA time zone, e.g. "Africa/Nairobi".' })
  timeZone!: string;

  @Field(() => CapacityInput, { description: 'Guests, bedrooms, beds and bathrooms.' })
  capacity!: CapacityInput;

  @Field(() => [Amenity], { description: 'Every amenity the place has; may be empty.' })
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

  @Field({ description: 'True: guests book without waiting for you to accept.' })
  instantBook!: boolean;

  @Field(() => CancellationPolicy, { description: 'What a guest who cancels gets back.' })
  cancellationPolicy!: CancellationPolicy;
}

@InputType({
  description:
    'The fields to change; omitted or null ones stay as they are. A new currency needs nightlyPrice and cleaningFee in it too.',
})
export class UpdateListingInput {
  @Field(() => String, { nullable: true, description: '5 to 100 characters.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: '20 to 5000 characters.' })
  description?: string | null;

  @Field(() => PropertyType, { nullable: true, description: 'What kind of building the place is.' })
  propertyType?: PropertyType | null;

  @Field(() => RoomType, { nullable: true, description: 'How much of the property guests get.' })
  roomType?: RoomType | null;

  @Field(() => AddressInput, { nullable: true, description: 'Replaces the whole address.' })
  address?: AddressInput | null;

  @Sensitive('PERSONAL')
  @Field(() => Float, { nullable: true, description: '-90 to 90.' })
  latitude?: number | null;

  @Sensitive('PERSONAL')
  @Field(() => Float, { nullable: true, description: '-180 to 180.' })
  longitude?: number | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. "Africa/Nairobi".' })
  timeZone?: string | null;

  @Field(() => CapacityInput, { nullable: true, description: 'Replaces the whole capacity.' })
  capacity?: CapacityInput | null;

  @Field(() => [Amenity], { nullable: true, description: 'Replaces the whole list.' })
  amenities?: Amenity[] | null;

  @Field(() => String, { nullable: true, description: 'Up to 5000 characters; an empty string clears them.' })
  houseRules?: string | null;

  @Field(() => String, { nullable: true, description: 'Local 24-hour HH:MM, e.g. "15:00".' })
  checkInTime?: string | null;

  @Field(() => String, { nullable: true, description: 'Local 24-hour HH:MM, e.g. "11:00".' })
  checkOutTime?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 4217 code, e.g. "EUR"; a new currency needs nightlyPrice and cleaningFee too.',
  })
  currency?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Decimal amount in the listing\'s currency (or the new one), more than 0, e.g. "120.50".',
  })
  nightlyPrice?: string | null;

  @Field(() => String, { nullable: true, description: 'Decimal amount, like nightlyPrice; "0" for none.' })
  cleaningFee?: string | null;

  @Field(() => Int, { nullable: true, description: '1 to 365, at most maxNights.' })
  minNights?: number | null;

  @Field(() => Int, { nullable: true, description: '1 to 365, at least minNights.' })
  maxNights?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True: guests book without waiting for you to accept.' })
  instantBook?: boolean | null;

  @Field(() => CancellationPolicy, {
    nullable: true,
    description: 'What a guest who cancels gets back; bookings already made keep their policy.',
  })
  cancellationPolicy?: CancellationPolicy | null;
}
