import { listingInput } from '../../../test/support/listings/factories';
import type { CreateListingInput, UpdateListingInput } from './listing.inputs';
import { Listing } from './listing.entity';
import { validateListingUpdate, validateNewListing } from './listing.validation';

const input = (overrides: Record<string, unknown> = {}) => listingInput(overrides) as unknown as CreateListingInput;

function errorsOf(overrides: Record<string, unknown>) {
  const result = validateNewListing(input(overrides));
  return result.ok ? [] : result.error.fieldErrors.map((e) => [e.path.join('.'), e.code]);
}

describe('validateNewListing', () => {
  it('accepts a complete listing and normalises it', () => {
    const result = validateNewListing(
      input({
        title: '  Sea view  ',
        currency: 'jpy',
        nightlyPrice: '15000',
        cleaningFee: '2000.00',
        amenities: ['WIFI', 'WIFI', 'POOL'],
        timeZone: 'US/Pacific',
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        title: 'Sea view',
        currency: 'JPY',
        nightlyPriceMinor: 15000,
        cleaningFeeMinor: 2000,
        amenities: ['WIFI', 'POOL'],
        timeZone: 'America/Los_Angeles',
      },
    });
    expect(result.ok && 'nightlyPrice' in result.value).toBe(false);
  });

  it.each([
    [{ title: 'Flat' }, 'input.title', 'TOO_SHORT'],
    [{ title: 'x'.repeat(101) }, 'input.title', 'TOO_LONG'],
    [{ description: 'Too short.' }, 'input.description', 'TOO_SHORT'],
    [{ description: 'x'.repeat(5001) }, 'input.description', 'TOO_LONG'],
    [{ houseRules: 'x'.repeat(5001) }, 'input.houseRules', 'TOO_LONG'],
    [{ address: { street: ' ', city: 'Diani', country: 'KE' } }, 'input.address.street', 'TOO_SHORT'],
    [
      { address: { street: '1 Road', city: 'Diani', postalCode: 'x'.repeat(21), country: 'KE' } },
      'input.address.postalCode',
      'TOO_LONG',
    ],
    [{ address: { street: '1 Road', city: 'Diani', country: 'XX' } }, 'input.address.country', 'UNKNOWN_COUNTRY'],
    [{ address: { street: '1 Road', city: 'Diani', country: 'Kenya' } }, 'input.address.country', 'UNKNOWN_COUNTRY'],
    [{ latitude: 90.5 }, 'input.latitude', 'OUT_OF_RANGE'],
    [{ longitude: -180.01 }, 'input.longitude', 'OUT_OF_RANGE'],
    [{ timeZone: 'Africa/Atlantis' }, 'input.timeZone', 'UNKNOWN_TIME_ZONE'],
    [{ timeZone: 'UTC' }, 'input.timeZone', 'UNKNOWN_TIME_ZONE'],
    [{ capacity: { guests: 0, bedrooms: 1, beds: 1, bathrooms: 1 } }, 'input.capacity.guests', 'OUT_OF_RANGE'],
    [{ capacity: { guests: 2, bedrooms: -1, beds: 1, bathrooms: 1 } }, 'input.capacity.bedrooms', 'OUT_OF_RANGE'],
    [{ capacity: { guests: 2, bedrooms: 1, beds: 0, bathrooms: 1 } }, 'input.capacity.beds', 'OUT_OF_RANGE'],
    [{ capacity: { guests: 2, bedrooms: 1, beds: 1, bathrooms: 1.25 } }, 'input.capacity.bathrooms', 'INVALID_STEP'],
    [{ checkInTime: '3pm' }, 'input.checkInTime', 'INVALID_FORMAT'],
    [{ checkOutTime: '24:00' }, 'input.checkOutTime', 'INVALID_FORMAT'],
    [{ currency: 'ABC' }, 'input.currency', 'UNKNOWN_CURRENCY'],
    [{ nightlyPrice: '0' }, 'input.nightlyPrice', 'NOT_POSITIVE'],
    [{ nightlyPrice: '-10' }, 'input.nightlyPrice', 'NOT_POSITIVE'],
    [{ nightlyPrice: '12,50' }, 'input.nightlyPrice', 'INVALID_FORMAT'],
    [{ nightlyPrice: '10.001' }, 'input.nightlyPrice', 'TOO_MANY_DECIMALS'],
    [{ currency: 'JPY', nightlyPrice: '15000.5', cleaningFee: '0' }, 'input.nightlyPrice', 'TOO_MANY_DECIMALS'],
    [{ currency: 'KWD', nightlyPrice: '40.1255', cleaningFee: '0' }, 'input.nightlyPrice', 'TOO_MANY_DECIMALS'],
    [{ nightlyPrice: '12345678901' }, 'input.nightlyPrice', 'TOO_LARGE'],
    [{ cleaningFee: '-1' }, 'input.cleaningFee', 'NEGATIVE'],
    [{ minNights: 0 }, 'input.minNights', 'OUT_OF_RANGE'],
    [{ maxNights: 366 }, 'input.maxNights', 'OUT_OF_RANGE'],
    [{ minNights: 10, maxNights: 5 }, 'input.minNights', 'MIN_ABOVE_MAX'],
  ])('refuses %j: %s %s', (overrides, path, code) => {
    expect(errorsOf(overrides)).toEqual([[path, code]]);
  });

  it('reports every broken field at once, even alongside a cross-field rule', () => {
    expect(errorsOf({ title: '', currency: 'JPY', nightlyPrice: '1.5', minNights: 9, maxNights: 3 })).toEqual([
      ['input.title', 'TOO_SHORT'],
      ['input.nightlyPrice', 'TOO_MANY_DECIMALS'],
      ['input.minNights', 'MIN_ABOVE_MAX'],
    ]);
  });

  it('judges only the format of prices while the currency is unknown', () => {
    expect(errorsOf({ currency: 'ZZZ', nightlyPrice: '10.12345', cleaningFee: 'free' })).toEqual([
      ['input.currency', 'UNKNOWN_CURRENCY'],
      ['input.cleaningFee', 'INVALID_FORMAT'],
    ]);
  });
});

describe('validateListingUpdate', () => {
  function existing(): Listing {
    const created = validateNewListing(input({ minNights: 3, maxNights: 10 }));
    if (!created.ok) throw new Error('the base listing is invalid');
    return Object.assign(new Listing(), created.value, { hostId: '01900000-0000-7000-8000-000000000001', version: 4 });
  }
  const update = (changes: Record<string, unknown>) => validateListingUpdate(existing(), changes as UpdateListingInput);

  it('keeps what is not given and applies what is', () => {
    expect(update({ title: 'Renovated sea-view flat', instantBook: null })).toMatchObject({
      ok: true,
      value: {
        title: 'Renovated sea-view flat',
        instantBook: true,
        nightlyPriceMinor: 12050,
        currency: 'USD',
        minNights: 3,
      },
    });
  });

  it('checks rules across fields against the stored values', () => {
    expect(update({ minNights: 11 })).toMatchObject({
      ok: false,
      error: { fieldErrors: [{ path: ['input', 'minNights'], code: 'MIN_ABOVE_MAX' }] },
    });
  });

  it('wants both prices restated in a new currency', () => {
    const result = update({ currency: 'eur' });
    expect(result.ok ? [] : result.error.fieldErrors.map((e) => [e.path.join('.'), e.code])).toEqual([
      ['input.nightlyPrice', 'REQUIRED'],
      ['input.cleaningFee', 'REQUIRED'],
    ]);
    expect(update({ currency: 'usd' }).ok).toBe(true);
    expect(update({ currency: 'EUR', nightlyPrice: '110', cleaningFee: '25' })).toMatchObject({
      ok: true,
      value: { currency: 'EUR', nightlyPriceMinor: 11000 },
    });
  });
});
