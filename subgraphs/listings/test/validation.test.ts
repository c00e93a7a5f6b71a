import { signedInVerifiedUser } from '../../../test/support/accounts/factories';
import { startTestStack, type TestStack } from '../../../test/support/test-stack';
import { asHost, createListing } from '../../../test/support/listings/factories';
import type { CreateListingInput } from '../../../test/support/generated/graphql';
import { ofType } from '../../../test/support/graphql-client';

let stack: TestStack;
let token: string;
beforeAll(async () => {
  stack = await startTestStack();
  token = (
    await asHost(stack.client, await signedInVerifiedUser(stack.client, stack.subgraph('accounts').orm.em.fork()))
  ).token;
});
afterAll(() => stack?.stop());

describe('createListing validation', () => {
  it('returns every broken rule at once as typed field errors', async () => {
    const result = ofType(
      await createListing(stack.client, token, {
        title: 'Flat',
        description: 'x'.repeat(5001),
        address: { street: '', city: 'Diani', region: 'x'.repeat(101), country: 'XX' },
        latitude: 91,
        longitude: -181,
        timeZone: 'Mars/Olympus_Mons',
        capacity: { guests: 0, bedrooms: -1, beds: 0, bathrooms: 0.3 },
        houseRules: 'x'.repeat(5001),
        checkInTime: '3pm',
        checkOutTime: '25:00',
        currency: 'JPY',
        nightlyPrice: '15000.50',
        cleaningFee: '-1',
        minNights: 400,
        maxNights: 0,
      }),
      'ValidationError',
    );
    expect(result.code).toBe('VALIDATION.INVALID_INPUT');
    expect(result.fieldErrors.map((e) => [e.path.join('.'), e.code])).toEqual([
      ['input.title', 'TOO_SHORT'],
      ['input.description', 'TOO_LONG'],
      ['input.address.street', 'TOO_SHORT'],
      ['input.address.region', 'TOO_LONG'],
      ['input.address.country', 'UNKNOWN_COUNTRY'],
      ['input.latitude', 'OUT_OF_RANGE'],
      ['input.longitude', 'OUT_OF_RANGE'],
      ['input.timeZone', 'UNKNOWN_TIME_ZONE'],
      ['input.capacity.guests', 'OUT_OF_RANGE'],
      ['input.capacity.bedrooms', 'OUT_OF_RANGE'],
      ['input.capacity.beds', 'OUT_OF_RANGE'],
      ['input.capacity.bathrooms', 'INVALID_STEP'],
      ['input.houseRules', 'TOO_LONG'],
      ['input.checkInTime', 'INVALID_FORMAT'],
      ['input.checkOutTime', 'INVALID_FORMAT'],
      ['input.minNights', 'OUT_OF_RANGE'],
      ['input.maxNights', 'OUT_OF_RANGE'],
      ['input.nightlyPrice', 'TOO_MANY_DECIMALS'],
      ['input.cleaningFee', 'NEGATIVE'],
      ['input.minNights', 'MIN_ABOVE_MAX'],
    ]);
    expect(result.fieldErrors.find((e) => e.path.at(-1) === 'nightlyPrice')?.message).toBe(
      'JPY has no minor unit: give a whole amount.',
    );
  });

  it.each<[Partial<CreateListingInput>, string, string]>([
    [{ currency: 'EURO' }, 'input.currency', 'UNKNOWN_CURRENCY'],
    [{ nightlyPrice: '0.00' }, 'input.nightlyPrice', 'NOT_POSITIVE'],
    [{ currency: 'KWD', nightlyPrice: '35.1234' }, 'input.nightlyPrice', 'TOO_MANY_DECIMALS'],
  ])('refuses %j', async (overrides, path, code) => {
    const result = ofType(await createListing(stack.client, token, overrides), 'ValidationError');
    expect(result.fieldErrors.map((e) => [e.path.join('.'), e.code])).toEqual([[path, code]]);
  });

  it('accepts three decimals where the currency has them', async () => {
    const { listing } = ofType(
      await createListing(stack.client, token, { currency: 'KWD', nightlyPrice: '35.125', cleaningFee: '5.5' }),
      'ListingSaved',
    );
    expect(listing.nightlyPrice).toEqual({ amount: '35.125', amountMinor: 35125, currency: 'KWD' });
    expect(listing.cleaningFee).toEqual({ amount: '5.500', amountMinor: 5500, currency: 'KWD' });
  });
});
