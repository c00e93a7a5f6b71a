import { decodeJwt } from 'jose';
import { signedInUser, signedInVerifiedUser } from '../../../test/support/accounts/factories';
import { callSubgraph } from '../../../test/support/subgraph-client';
import { startTestStack, type TestStack } from '../../../test/support/test-stack';
import {
  asHost,
  changeStatus,
  createDraft,
  createPublishedListing,
  listingInput,
  updateListing,
} from '../../../test/support/listings/factories';
import { CreateListingDocument, ListingDocument } from '../../../test/support/generated/graphql';
import { ofType } from '../../../test/support/graphql-client';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

const em = () => stack.subgraph('accounts').orm.em.fork();
const newHost = async () => asHost(stack.client, await signedInVerifiedUser(stack.client, em()));
const NO_SUCH_ID = '01900000-0000-7000-8000-000000000000';

type EventRow = { name: string; producer: string; payload: Record<string, unknown> };
const eventsOf = (listingId: string) =>
  em().execute<EventRow[]>(
    `select name, producer, payload from events.log where payload->>'listingId' = ? order by id`,
    [listingId],
  );

describe('createListing', () => {
  it("creates a DRAFT owned by the viewer, with prices in the currency's minor units", async () => {
    const host = await newHost();
    expect(decodeJwt(host.token).roles).toContain('HOST');
    const listing = await createDraft(stack.client, host.token, {
      amenities: ['WIFI', 'POOL', 'WIFI'],
      currency: 'kwd',
      nightlyPrice: '45.125',
      cleaningFee: '0',
      timeZone: 'US/Pacific',
      address: { street: ' 1 Main St ', city: 'Kuwait City', country: 'kw' },
    });
    expect(listing).toMatchObject({
      status: 'DRAFT',
      version: 1,
      publishedAt: null,
      host: { id: host.id },
      amenities: ['WIFI', 'POOL'],
      timeZone: 'America/Los_Angeles',
      address: { street: '1 Main St', city: 'Kuwait City', region: null, postalCode: null, country: 'KW' },
      nightlyPrice: { amount: '45.125', amountMinor: 45125, currency: 'KWD' },
      cleaningFee: { amount: '0.000', amountMinor: 0, currency: 'KWD' },
      capacity: { guests: 4, bedrooms: 2, beds: 3, bathrooms: 1.5 },
    });
    // Nobody hears of a draft.
    expect(await eventsOf(listing.id)).toEqual([]);
  });

  it('is refused at the gateway to guests (403) and anonymous callers (401)', async () => {
    const guest = await signedInVerifiedUser(stack.client, em());
    const asGuest = await stack.client.request(CreateListingDocument, {
      token: guest.token,
      variables: { input: listingInput() },
    });
    expect(asGuest.status).toBe(403);
    expect(asGuest.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await stack.client.request(CreateListingDocument, { variables: { input: listingInput() } });
    expect(anonymous.status).toBe(401);
  });

  it('is refused by the subgraph itself when the token carries no HOST role', async () => {
    const guest = await signedInUser(stack.client);
    const response = await callSubgraph(
      stack.subgraph('listings').url,
      {
        // The subgraph's own schema, not the public API: a raw document.
        query: 'mutation ($input: CreateListingInput!) { createListing(input: $input) { __typename } }',
        variables: { input: listingInput() },
      },
      { headers: { authorization: `Bearer ${guest.token}` } },
    );
    const body = (await response.json()) as { data: unknown; errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(body.data).toBeNull();
    const [{ count }] = await em().execute<{ count: string }[]>(
      'select count(*) from listings.listings where host_id = ?',
      [guest.id],
    );
    expect(Number(count)).toBe(0);
  });
});

describe('updateListing', () => {
  it('changes the given fields, bumps the version, and refuses a stale version', async () => {
    const host = await newHost();
    const draft = await createDraft(stack.client, host.token);
    const updated = await updateListing(stack.client, host.token, draft.id, 1, {
      title: 'Sea-view flat, renovated',
      maxNights: 14,
      instantBook: null,
    });
    expect(updated).toMatchObject({
      __typename: 'ListingSaved',
      listing: { title: 'Sea-view flat, renovated', maxNights: 14, instantBook: true, version: 2 },
    });

    const stale = await updateListing(stack.client, host.token, draft.id, 1, { title: 'A change made on an old copy' });
    expect(stale).toEqual({
      __typename: 'StaleListingVersionError',
      code: 'LISTINGS.STALE_VERSION',
      message: expect.any(String),
      currentVersion: 2,
    });
    const current = await stack.client.data(ListingDocument, {
      token: host.token,
      variables: { id: draft.id },
    });
    expect(current.listing).toMatchObject({ title: 'Sea-view flat, renovated', version: 2 });
  });

  it('lets exactly one of two concurrent updates of the same version through', async () => {
    const host = await newHost();
    const draft = await createDraft(stack.client, host.token);
    const results = await Promise.all(
      ['First title wins?', 'Second title wins?'].map((title) =>
        updateListing(stack.client, host.token, draft.id, 1, { title }),
      ),
    );
    expect(results.map((r) => r.__typename).sort()).toEqual(['ListingSaved', 'StaleListingVersionError']);
  });

  it('validates the listing the change would make, and wants prices restated with a new currency', async () => {
    const host = await newHost();
    const draft = await createDraft(stack.client, host.token, { minNights: 3, maxNights: 10 });
    const crossing = await updateListing(stack.client, host.token, draft.id, 1, { minNights: 12 });
    expect(ofType(crossing, 'ValidationError').fieldErrors).toEqual([
      { path: ['input', 'minNights'], code: 'MIN_ABOVE_MAX', message: expect.any(String) },
    ]);

    const newCurrency = await updateListing(stack.client, host.token, draft.id, 1, {
      currency: 'JPY',
      nightlyPrice: '15000',
    });
    expect(ofType(newCurrency, 'ValidationError').fieldErrors).toEqual([
      { path: ['input', 'cleaningFee'], code: 'REQUIRED', message: 'Give the cleaning fee in JPY too.' },
    ]);
    const inYen = await updateListing(stack.client, host.token, draft.id, 1, {
      currency: 'JPY',
      nightlyPrice: '15000',
      cleaningFee: '3000',
    });
    expect(ofType(inYen, 'ListingSaved').listing).toMatchObject({
      nightlyPrice: { amount: '15000', amountMinor: 15000, currency: 'JPY' },
      version: 2,
    });
  });

  it('announces changes of a published listing with its terms, and changes that change nothing not at all', async () => {
    const host = await newHost();
    const listing = await createPublishedListing(stack.client, host.token);
    const draft = await createDraft(stack.client, host.token);
    await updateListing(stack.client, host.token, draft.id, 1, { title: 'Still a private draft' });
    const updated = ofType(
      await updateListing(stack.client, host.token, listing.id, listing.version, {
        nightlyPrice: '99',
        instantBook: false,
      }),
      'ListingSaved',
    );
    const noChange = await updateListing(stack.client, host.token, listing.id, updated.listing.version, {
      nightlyPrice: '99.00',
    });
    expect(ofType(noChange, 'ListingSaved').listing.version).toBe(updated.listing.version);

    expect(await eventsOf(draft.id)).toEqual([]);
    const events = await eventsOf(listing.id);
    expect(events.map((e) => e.name)).toEqual(['listing.published', 'listing.updated']);
    expect(events[1]).toEqual({
      name: 'listing.updated',
      producer: 'listings',
      payload: {
        listingId: listing.id,
        hostId: host.id,
        version: 3,
        status: 'PUBLISHED',
        title: 'Sea-view flat in Diani',
        currency: 'USD',
        nightlyPriceMinor: 9900,
        cleaningFeeMinor: 3000,
        maxGuests: 4,
        minNights: 2,
        maxNights: 30,
        instantBook: false,
        cancellationPolicy: 'MODERATE',
        timeZone: 'Africa/Nairobi',
        checkInTime: '15:00',
        checkOutTime: '11:00',
      },
    });
  });
});

describe('publishing, deactivating and reactivating', () => {
  it('moves DRAFT → PUBLISHED → DEACTIVATED → PUBLISHED, announcing each step', async () => {
    const host = await newHost();
    const draft = await createDraft(stack.client, host.token);
    const published = ofType(await changeStatus(stack.client, host.token, 'publish', draft.id), 'ListingStatusChanged');
    expect(published.listing).toMatchObject({ status: 'PUBLISHED', version: 2, publishedAt: expect.any(String) });
    expect(await changeStatus(stack.client, host.token, 'deactivate', draft.id)).toMatchObject({
      listing: { status: 'DEACTIVATED', version: 3 },
    });
    expect(await changeStatus(stack.client, host.token, 'reactivate', draft.id)).toMatchObject({
      listing: { status: 'PUBLISHED', version: 4, publishedAt: published.listing.publishedAt },
    });

    const events = await eventsOf(draft.id);
    expect(events.map((e) => [e.name, e.payload.status, e.payload.version])).toEqual([
      ['listing.published', 'PUBLISHED', 2],
      ['listing.deactivated', 'DEACTIVATED', 3],
      ['listing.reactivated', 'PUBLISHED', 4],
    ]);
  });

  it('refuses a step that does not start from the current status', async () => {
    const host = await newHost();
    const draft = await createDraft(stack.client, host.token);
    expect(await changeStatus(stack.client, host.token, 'deactivate', draft.id)).toMatchObject({
      __typename: 'InvalidListingStatusError',
      code: 'LISTINGS.INVALID_STATUS_TRANSITION',
      status: 'DRAFT',
      message: 'A draft listing cannot be deactivated.',
    });
    expect(await changeStatus(stack.client, host.token, 'reactivate', draft.id)).toMatchObject({ status: 'DRAFT' });
    await changeStatus(stack.client, host.token, 'publish', draft.id);
    expect(await changeStatus(stack.client, host.token, 'publish', draft.id)).toMatchObject({
      __typename: 'InvalidListingStatusError',
      status: 'PUBLISHED',
    });
    expect(await changeStatus(stack.client, host.token, 'reactivate', draft.id)).toMatchObject({ status: 'PUBLISHED' });
    expect((await eventsOf(draft.id)).map((e) => e.name)).toEqual(['listing.published']);
  });
});

describe("another host's listing", () => {
  it('cannot be changed, and is reported exactly like an id that does not exist', async () => {
    const owner = await newHost();
    const intruder = await newHost();
    const listing = await createPublishedListing(stack.client, owner.token);
    const notFound = {
      __typename: 'ListingNotFoundError',
      code: 'LISTINGS.LISTING_NOT_FOUND',
      message: 'You have no listing with this id.',
    };

    for (const id of [listing.id, NO_SUCH_ID, 'not-an-id']) {
      expect(
        await updateListing(stack.client, intruder.token, id, listing.version, { title: 'Mine now, thank you' }),
      ).toEqual(notFound);
      for (const change of ['publish', 'deactivate', 'reactivate'] as const) {
        expect(await changeStatus(stack.client, intruder.token, change, id)).toEqual(notFound);
      }
    }
    const seen = await stack.client.data(ListingDocument, {
      token: owner.token,
      variables: { id: listing.id },
    });
    expect(seen.listing).toMatchObject({
      title: 'Sea-view flat in Diani',
      status: 'PUBLISHED',
      version: listing.version,
    });
  });
});
