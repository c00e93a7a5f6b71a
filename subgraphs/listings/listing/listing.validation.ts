import { z } from 'zod';
import { FieldError, ValidationError } from '../../../platform/graphql/user-error';
import { validate, type Validated } from '../../../platform/graphql/validation';
import { Amenity } from './amenity';
import { latitudeSchema, longitudeSchema } from './coordinates';
import type { CreateListingInput, UpdateListingInput } from './listing.inputs';
import { CancellationPolicy, PropertyType, RoomType } from './listing.enums';
import type { Listing } from './listing.entity';
import { fromMinorUnits, isKnownCurrency, toMinorUnits } from '../../../platform/graphql/money/money';
import { canonicalTimeZone, isCountryCode, isTimeOfDay } from './place-codes';

export const MAX_NIGHTS = 365;

function text(label: string, min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min, min === 1 ? `${label} is required.` : `${label} must be at least ${min} characters.`)
    .max(max, `${label} must be at most ${max} characters.`);
}

function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .nullish()
    .transform((value) => value || null);
}

function between(label: string, min: number, max: number) {
  return z.number().refine((n) => n >= min && n <= max, {
    message: `${label} must be between ${min} and ${max}.`,
    params: { code: 'OUT_OF_RANGE' },
  });
}

function timeOfDay(label: string) {
  return z
    .string()
    .trim()
    .refine(isTimeOfDay, {
      message: `${label} must be 24-hour HH:MM, e.g. "15:00".`,
      params: { code: 'INVALID_FORMAT' },
    });
}

const addressSchema = z.object({
  street: text('Street', 1, 200),
  city: text('City', 1, 100),
  region: optionalText('Region', 100),
  postalCode: optionalText('Postal code', 20),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isCountryCode, {
      message: 'Use an ISO 3166-1 alpha-2 country code, e.g. "KE".',
      params: { code: 'UNKNOWN_COUNTRY' },
    }),
});

const capacitySchema = z.object({
  guests: between('Guests', 1, 50),
  bedrooms: between('Bedrooms', 0, 50),
  beds: between('Beds', 1, 100),
  bathrooms: between('Bathrooms', 0, 50).refine((n) => Number.isInteger(n * 2), {
    message: 'Count bathrooms in halves, e.g. 1.5.',
    params: { code: 'INVALID_STEP' },
  }),
});

/** A whole listing's fields; prices come in as decimal strings and leave in minor units. */
export const listingSchema = z
  .object({
    title: text('Title', 5, 100),
    description: text('Description', 20, 5000),
    propertyType: z.enum(PropertyType),
    roomType: z.enum(RoomType),
    address: addressSchema,
    latitude: latitudeSchema,
    longitude: longitudeSchema,
    timeZone: z
      .string()
      .trim()
      .refine((zone) => canonicalTimeZone(zone) !== null, {
        message: 'Use an IANA time zone, e.g. "Africa/Nairobi".',
        params: { code: 'UNKNOWN_TIME_ZONE' },
      })
      .transform((zone) => canonicalTimeZone(zone) as string),
    capacity: capacitySchema,
    amenities: z.array(z.enum(Amenity)).transform((list) => [...new Set(list)]),
    houseRules: z.string().trim().max(5000, 'House rules must be at most 5000 characters.'),
    checkInTime: timeOfDay('Check-in time'),
    checkOutTime: timeOfDay('Check-out time'),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .refine(isKnownCurrency, {
        message: 'Use an ISO 4217 currency code, e.g. "EUR".',
        params: { code: 'UNKNOWN_CURRENCY' },
      }),
    nightlyPrice: z.string(),
    cleaningFee: z.string(),
    minNights: between('Minimum nights', 1, MAX_NIGHTS),
    maxNights: between('Maximum nights', 1, MAX_NIGHTS),
    instantBook: z.boolean(),
    cancellationPolicy: z.enum(CancellationPolicy),
  })
  .superRefine((listing, ctx) => {
    const known = isKnownCurrency(listing.currency);
    for (const field of ['nightlyPrice', 'cleaningFee'] as const) {
      const parsed = toMinorUnits(listing[field], listing.currency);
      // Without a known currency only the format can be judged; the currency field says the rest.
      if (!parsed.ok && (known || parsed.code === 'INVALID_FORMAT')) {
        ctx.addIssue({ code: 'custom', path: [field], message: parsed.message, params: { code: parsed.code } });
      } else if (parsed.ok && field === 'nightlyPrice' && parsed.minor <= 0) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'The nightly price must be more than 0.',
          params: { code: 'NOT_POSITIVE' },
        });
      } else if (parsed.ok && parsed.minor < 0) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'The cleaning fee cannot be negative.',
          params: { code: 'NEGATIVE' },
        });
      }
    }
    if (listing.minNights > listing.maxNights) {
      ctx.addIssue({
        code: 'custom',
        path: ['minNights'],
        message: 'Minimum nights cannot be more than maximum nights.',
        params: { code: 'MIN_ABOVE_MAX' },
      });
    }
  })
  .transform(({ nightlyPrice, cleaningFee, ...listing }) => ({
    ...listing,
    nightlyPriceMinor: minorUnits(nightlyPrice, listing.currency),
    cleaningFeeMinor: minorUnits(cleaningFee, listing.currency),
  }));

export type ListingValues = z.output<typeof listingSchema>;

function minorUnits(amount: string, currency: string): number {
  const parsed = toMinorUnits(amount, currency);
  if (!parsed.ok) throw new Error(`unvalidated amount ${amount} ${currency}`);
  return parsed.minor;
}

export function validateNewListing(input: CreateListingInput): Validated<ListingValues> {
  return validate(listingSchema, input);
}

/** An update is validated as the whole listing it would make, so rules across fields (min ≤ max nights) hold. */
export function validateListingUpdate(listing: Listing, changes: UpdateListingInput): Validated<ListingValues> {
  const given = Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined && value !== null),
  );
  const result = validate(listingSchema, { ...asInput(listing), ...given });
  const unrestated = pricesNotRestated(listing, changes);
  if (unrestated.length === 0) return result;
  return { ok: false, error: new ValidationError([...unrestated, ...(result.ok ? [] : result.error.fieldErrors)]) };
}

/** Amounts mean nothing in another currency, so a currency change must bring both prices along. */
function pricesNotRestated(listing: Listing, changes: UpdateListingInput): FieldError[] {
  const currency = changes.currency?.trim().toUpperCase();
  if (!currency || currency === listing.currency) return [];
  return (['nightlyPrice', 'cleaningFee'] as const)
    .filter((field) => changes[field] == null)
    .map(
      (field) =>
        new FieldError(
          ['input', field],
          'REQUIRED',
          `Give the ${field === 'nightlyPrice' ? 'nightly price' : 'cleaning fee'} in ${currency} too.`,
        ),
    );
}

function asInput(listing: Listing): CreateListingInput {
  return {
    title: listing.title,
    description: listing.description,
    propertyType: listing.propertyType,
    roomType: listing.roomType,
    address: { ...listing.address },
    latitude: listing.latitude,
    longitude: listing.longitude,
    timeZone: listing.timeZone,
    capacity: { ...listing.capacity },
    amenities: listing.amenities,
    houseRules: listing.houseRules,
    checkInTime: listing.checkInTime,
    checkOutTime: listing.checkOutTime,
    currency: listing.currency,
    nightlyPrice: fromMinorUnits(listing.nightlyPriceMinor, listing.currency),
    cleaningFee: fromMinorUnits(listing.cleaningFeeMinor, listing.currency),
    minNights: listing.minNights,
    maxNights: listing.maxNights,
    instantBook: listing.instantBook,
    cancellationPolicy: listing.cancellationPolicy,
  };
}
