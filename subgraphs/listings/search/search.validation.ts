import { z } from 'zod';
import { isKnownCurrency, toMinorUnits } from '../../../platform/graphql/money/money';
import { validate, type Validated } from '../../../platform/graphql/validation';
import { Amenity } from '../listing/amenity';
import { PropertyType, RoomType } from '../listing/listing.enums';
import { MAX_NIGHTS } from '../listing/listing.validation';
import { latitudeSchema, longitudeSchema } from '../listing/coordinates';
import { isCountryCode } from '../listing/place-codes';
import { ListingSearchSort, type ListingSearchFilter } from './search.inputs';

export const MAX_RADIUS_KM = 500;
const DAY_MS = 86_400_000;

const issue = (code: string, message: string, path: (string | number)[] = []) => ({
  code: 'custom' as const,
  path,
  message,
  params: { code },
});

function between(label: string, min: number, max: number) {
  return z.number().refine((n) => n >= min && n <= max, {
    message: `${label} must be between ${min} and ${max}.`,
    params: { code: 'OUT_OF_RANGE' },
  });
}

const latitude = latitudeSchema;
const longitude = longitudeSchema;

const boundingBox = z
  .object({ south: latitude, west: longitude, north: latitude, east: longitude })
  .superRefine((box, ctx) => {
    if (box.south > box.north)
      ctx.addIssue(issue('SOUTH_ABOVE_NORTH', 'The south edge must not be north of the north edge.', ['south']));
  });

const near = z.object({
  latitude,
  longitude,
  radiusKm: z.number().refine((km) => km > 0 && km <= MAX_RADIUS_KM, {
    message: `The radius must be more than 0 and at most ${MAX_RADIUS_KM} km.`,
    params: { code: 'OUT_OF_RANGE' },
  }),
});

const price = z
  .object({
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .refine(isKnownCurrency, {
        message: 'Use an ISO 4217 currency code, e.g. "EUR".',
        params: { code: 'UNKNOWN_CURRENCY' },
      }),
    min: z.string().nullish(),
    max: z.string().nullish(),
  })
  .transform((range, ctx) => {
    const amount = (field: 'min' | 'max') => {
      const given = range[field];
      if (given == null || !isKnownCurrency(range.currency)) return undefined;
      const parsed = toMinorUnits(given, range.currency);
      if (!parsed.ok) ctx.addIssue(issue(parsed.code, parsed.message, [field]));
      else if (parsed.minor < 0) ctx.addIssue(issue('NEGATIVE', 'A price cannot be negative.', [field]));
      else return parsed.minor;
      return undefined;
    };
    const minMinor = amount('min');
    const maxMinor = amount('max');
    if (minMinor !== undefined && maxMinor !== undefined && minMinor > maxMinor)
      ctx.addIssue(issue('MIN_ABOVE_MAX', 'The minimum price cannot be more than the maximum.', ['min']));
    return { currency: range.currency, minMinor, maxMinor };
  });

function stay(today: string) {
  // Stay dates are local to each listing: anywhere on Earth is at most a day behind UTC.
  const earliest = new Date(Date.parse(today) - DAY_MS).toISOString().slice(0, 10);
  return z
    .object({ checkIn: z.iso.date('Use a date as YYYY-MM-DD.'), checkOut: z.iso.date('Use a date as YYYY-MM-DD.') })
    .superRefine((dates, ctx) => {
      const nights = (Date.parse(dates.checkOut) - Date.parse(dates.checkIn)) / DAY_MS;
      if (dates.checkIn < earliest) ctx.addIssue(issue('IN_THE_PAST', 'Check-in cannot be in the past.', ['checkIn']));
      if (nights < 1)
        ctx.addIssue(issue('CHECK_OUT_NOT_AFTER_CHECK_IN', 'Check-out must be after check-in.', ['checkOut']));
      if (nights > MAX_NIGHTS)
        ctx.addIssue(issue('STAY_TOO_LONG', `A stay has at most ${MAX_NIGHTS} nights.`, ['checkOut']));
    })
    .transform((dates) => ({ ...dates, nights: (Date.parse(dates.checkOut) - Date.parse(dates.checkIn)) / DAY_MS }));
}

const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((items) => (items && items.length > 0 ? [...new Set(items)] : undefined));

function filterSchema(today: string) {
  return z.object({
    query: z
      .string()
      .trim()
      .min(2, 'Search for at least 2 characters.')
      .max(200, 'Search for at most 200 characters.')
      .nullish(),
    city: z
      .string()
      .trim()
      .min(1, 'City is required when given.')
      .max(100, 'City must be at most 100 characters.')
      .nullish(),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .refine(isCountryCode, {
        message: 'Use an ISO 3166-1 alpha-2 country code, e.g. "KE".',
        params: { code: 'UNKNOWN_COUNTRY' },
      })
      .nullish(),
    boundingBox: boundingBox.nullish(),
    near: near.nullish(),
    guests: between('Guests', 1, 50).nullish(),
    price: price.nullish(),
    amenities: list(z.enum(Amenity)),
    propertyTypes: list(z.enum(PropertyType)),
    roomTypes: list(z.enum(RoomType)),
    instantBook: z.boolean().nullish(),
    stay: stay(today).nullish(),
    minRating: between('Minimum rating', 1, 5).nullish(),
  });
}

function searchSchema(today: string) {
  return z
    .object({ filter: filterSchema(today).nullish(), sort: z.enum(ListingSearchSort) })
    .superRefine(({ filter, sort }, ctx) => {
      if (sort === ListingSearchSort.DISTANCE && !filter?.near)
        ctx.addIssue(issue('NEAR_REQUIRED', 'Sorting by distance needs filter.near.', ['sort']));
      if ((sort === ListingSearchSort.PRICE_ASC || sort === ListingSearchSort.PRICE_DESC) && !filter?.price) {
        ctx.addIssue(
          issue('PRICE_REQUIRED', 'Sorting by price needs filter.price, whose currency says which prices compare.', [
            'sort',
          ]),
        );
      }
    });
}

type FilterValues = z.output<ReturnType<typeof filterSchema>>;

/** The given criteria only, normalised (trimmed, upper-cased codes, prices in minor units, nights counted). */
export type SearchCriteria = { [K in keyof FilterValues]?: NonNullable<FilterValues[K]> };

export interface ValidSearch {
  criteria: SearchCriteria;
  sort: ListingSearchSort;
}

/** `today` is the UTC date (YYYY-MM-DD) by the service's clock. Field paths start at the argument name. */
export function validateSearch(
  input: { filter?: ListingSearchFilter | null; sort: ListingSearchSort },
  today: string,
): Validated<ValidSearch> {
  const result = validate(searchSchema(today), input, []);
  if (!result.ok) return result;
  // Drop what was not given, so equal searches share a cache key.
  const criteria = Object.fromEntries(
    Object.entries(result.value.filter ?? {}).filter(([, value]) => value != null),
  ) as SearchCriteria;
  return { ok: true, value: { criteria, sort: result.value.sort } };
}
