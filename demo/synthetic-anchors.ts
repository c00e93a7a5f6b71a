import { currencyExponent } from '../platform/graphql/money/money';
import { RoomType } from '../subgraphs/listings/listing/listing.enums';
import { demoListings } from '../subgraphs/listings/seed/demo-listings';

/** How a price scales with the place: the demo prices are read back through these to a per-city base. */
export const ROOM_PRICE_FACTOR: Record<RoomType, number> = {
  [RoomType.ENTIRE_PLACE]: 1,
  [RoomType.PRIVATE_ROOM]: 0.45,
  [RoomType.SHARED_ROOM]: 0.25,
  [RoomType.HOTEL_ROOM]: 0.7,
};

export const sizePriceFactor = (bedrooms: number) => 0.7 + 0.3 * bedrooms;

/** A place synthetic listings cluster around, with what a one-bedroom entire place costs there. */
export interface Anchor {
  city: string;
  region: string | null;
  postal_code: string | null;
  country: string;
  latitude: number;
  longitude: number;
  time_zone: string;
  currency: string;
  base_price_minor: number;
  /** Prices are rounded to this many minor units: a whole dollar, a hundred yen, ten thousand rupiah. */
  step_minor: number;
}

/** The demo places, valid and in several currencies and time zones on every continent, as anchors. */
export function syntheticAnchors(): Anchor[] {
  return demoListings().map(({ values }) => ({
    city: values.address.city,
    region: values.address.region,
    postal_code: values.address.postalCode,
    country: values.address.country,
    latitude: values.latitude,
    longitude: values.longitude,
    time_zone: values.timeZone,
    currency: values.currency,
    base_price_minor:
      values.nightlyPriceMinor / sizePriceFactor(values.capacity.bedrooms) / ROOM_PRICE_FACTOR[values.roomType],
    step_minor: priceStep(values.nightlyPriceMinor, currencyExponent(values.currency)),
  }));
}

/** About a hundredth of a typical price, as a power of ten whole units: how hosts round prices. */
function priceStep(priceMinor: number, exponent: number): number {
  const unit = 10 ** exponent;
  return unit * 10 ** Math.max(0, Math.floor(Math.log10(priceMinor / unit)) - 2);
}
