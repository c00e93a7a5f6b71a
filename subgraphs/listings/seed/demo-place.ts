import { Amenity } from '../listing/amenity';
import type { CancellationPolicy, PropertyType, RoomType } from '../listing/listing.enums';
import type { CreateListingInput } from '../listing/listing.inputs';

/** A demo listing as written in the data files: what varies between places, with the rest defaulted. */
export interface DemoPlace {
  title: string;
  description: string;
  kind: [PropertyType, RoomType];
  address: { street: string; city: string; region: string | null; postalCode: string | null; country: string };
  /** Latitude, longitude and IANA time zone. */
  at: [number, number, string];
  /** Guests, bedrooms, beds, bathrooms. */
  sleeps: [number, number, number, number];
  amenities: Amenity[];
  /** Currency, nightly price and cleaning fee as hosts type them. */
  price: [string, string, string];
  nights?: [number, number];
  instantBook: boolean;
  cancellationPolicy: CancellationPolicy;
  houseRules?: string;
  /** Check-in from and check-out by, local HH:MM; 15:00 and 11:00 unless given. */
  hours?: [string, string];
  /** Spreads the demo over the past year, so "newest first" has an order worth seeing. */
  publishedDaysAgo: number;
}

const SAFETY = [Amenity.SMOKE_ALARM, Amenity.FIRST_AID_KIT];

export function demoListingInput(place: DemoPlace): CreateListingInput {
  const [propertyType, roomType] = place.kind;
  const [latitude, longitude, timeZone] = place.at;
  const [guests, bedrooms, beds, bathrooms] = place.sleeps;
  const [currency, nightlyPrice, cleaningFee] = place.price;
  const [minNights, maxNights] = place.nights ?? [2, 30];
  const [checkInTime, checkOutTime] = place.hours ?? ['15:00', '11:00'];
  return {
    title: place.title,
    description: place.description,
    propertyType,
    roomType,
    address: place.address,
    latitude,
    longitude,
    timeZone,
    capacity: { guests, bedrooms, beds, bathrooms },
    amenities: [...place.amenities, ...SAFETY],
    houseRules: place.houseRules ?? 'No parties or events. Quiet hours 22:00–08:00. No smoking indoors.',
    checkInTime,
    checkOutTime,
    currency,
    nightlyPrice,
    cleaningFee,
    minNights,
    maxNights,
    instantBook: place.instantBook,
    cancellationPolicy: place.cancellationPolicy,
  };
}
