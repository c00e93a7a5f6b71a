import { z } from 'zod';
import demo from '../../../demo/places.json';
import { Amenity } from '../listing/amenity';
import { CancellationPolicy, PropertyType, RoomType } from '../listing/listing.enums';
import type { CreateListingInput } from '../listing/listing.inputs';
import { validateNewListing, type ListingValues } from '../listing/listing.validation';

/** One entry of demo/places.json: what a host would send to `createListing`, and how long ago it was published. */
const demoPlaceSchema = z.strictObject({
  /** Fixed, so the other subgraphs' demo data finds the listing (see demo/reviews.json). */
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  propertyType: z.enum(PropertyType),
  roomType: z.enum(RoomType),
  address: z.strictObject({
    street: z.string(),
    city: z.string(),
    region: z.string().nullable(),
    postalCode: z.string().nullable(),
    country: z.string(),
  }),
  latitude: z.number(),
  longitude: z.number(),
  timeZone: z.string(),
  capacity: z.strictObject({ guests: z.number(), bedrooms: z.number(), beds: z.number(), bathrooms: z.number() }),
  amenities: z.array(z.enum(Amenity)),
  houseRules: z.string(),
  checkInTime: z.string(),
  checkOutTime: z.string(),
  currency: z.string(),
  nightlyPrice: z.string(),
  cleaningFee: z.string(),
  minNights: z.number().int(),
  maxNights: z.number().int(),
  instantBook: z.boolean(),
  cancellationPolicy: z.enum(CancellationPolicy),
  /** Spreads the demo over the past year, so "newest first" has an order worth seeing. */
  publishedDaysAgo: z.number().int().min(0),
}) satisfies z.ZodType<CreateListingInput & { id: string; publishedDaysAgo: number }>;

export type DemoPlace = z.output<typeof demoPlaceSchema>;

/** demo/places.json, checked for shape; a malformed file stops the seed. */
export function demoPlaces(): DemoPlace[] {
  return z.object({ places: z.array(demoPlaceSchema) }).parse(demo).places;
}

/**
 * The demo places through the same validation as `createListing`, so they are stored as the API
 * would store them (minor units, canonical time zones); a bad entry stops the seed by name.
 */
export function demoListings(): { id: string; values: ListingValues; publishedDaysAgo: number }[] {
  return demoPlaces().map(({ id, publishedDaysAgo, ...input }) => {
    const parsed = validateNewListing(input);
    if (!parsed.ok)
      throw new Error(`demo listing "${input.title}" is invalid: ${JSON.stringify(parsed.error.fieldErrors)}`);
    return { id, values: parsed.value, publishedDaysAgo };
  });
}
