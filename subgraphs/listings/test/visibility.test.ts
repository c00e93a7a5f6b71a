import { signedInAdmin, signedInUser, signedInVerifiedUser } from '../../../test/support/accounts/factories';
import { countStatements } from '../../../test/support/sql-counter';
import { callSubgraph } from '../../../test/support/subgraph-client';
import { startTestStack, type TestStack } from '../../../test/support/test-stack';
import { newId } from '../../../platform/graphql/ids';
import { Listing } from '../listing/listing.entity';
import { ListingStatus } from '../listing/listing.enums';
import { validateNewListing } from '../listing/listing.validation';
import type { CreateListingInput } from '../listing/listing.inputs';
import {
  asHost,
  changeStatus,
  createDraft,
  createPublishedListing,
  listingInput,
} from '../../../test/support/listings/factories';
import { HostListingsDocument, ListingDocument, MyListingsDocument } from '../../../test/support/generated/graphql';
import { present } from '../../../test/support/graphql-client';

// _entities is the listings subgraph's own field, not the public API: a raw document.

const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Listing {
        id
        status
      }
    }
  }
`;
type Page = {
  edges: { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

let stack: TestStack;
let owner: { id: string; token: string };
let admin: { token: string };
let listings: { draft: string; published: string; deactivated: string };
const viewers: Record<string, () => Promise<string | undefined>> = {};

beforeAll(async () => {
  stack = await startTestStack();
  const em = stack.subgraph('accounts').orm.em.fork();
  owner = await asHost(stack.client, await signedInVerifiedUser(stack.client, em));
  admin = await signedInAdmin(stack.client, em);
  const otherHost = await asHost(stack.client, await signedInVerifiedUser(stack.client, em));
  const guest = await signedInUser(stack.client);
  const draft = await createDraft(stack.client, owner.token, { title: 'A draft in the making' });
  const published = await createPublishedListing(stack.client, owner.token, { title: 'On the market' });
  const deactivated = await createPublishedListing(stack.client, owner.token, { title: 'Taken off the market' });
  await changeStatus(stack.client, owner.token, 'deactivate', deactivated.id);
  listings = { draft: draft.id, published: published.id, deactivated: deactivated.id };
  Object.assign(viewers, {
    anonymous: async () => undefined,
    guest: async () => guest.token,
    'another host': async () => otherHost.token,
    owner: async () => owner.token,
    admin: async () => admin.token,
  });
});
afterAll(() => stack?.stop());

async function seen(token: string | undefined, id: string): Promise<string | null> {
  const { listing } = await stack.client.data(ListingDocument, { token, variables: { id } });
  return listing?.status ?? null;
}

describe('listing(id)', () => {
  it.each([
    ['anonymous', [null, 'PUBLISHED', null]],
    ['guest', [null, 'PUBLISHED', null]],
    ['another host', [null, 'PUBLISHED', null]],
    ['owner', ['DRAFT', 'PUBLISHED', 'DEACTIVATED']],
    ['admin', ['DRAFT', 'PUBLISHED', 'DEACTIVATED']],
  ])('shows the %s only what they may see', async (who, expected) => {
    const token = await viewers[who]();
    const statuses = [];
    for (const id of [listings.draft, listings.published, listings.deactivated]) statuses.push(await seen(token, id));
    expect(statuses).toEqual(expected);
  });

  it('answers null for an unknown or malformed id', async () => {
    expect(await seen(owner.token, '01900000-0000-7000-8000-000000000000')).toBeNull();
    expect(await seen(owner.token, 'not-a-uuid')).toBeNull();
  });

  it('resolves the host through accounts', async () => {
    const data = await stack.client.data(HostListingsDocument, { variables: { id: listings.published } });
    expect(data.listing?.host).toMatchObject({
      id: owner.id,
      displayName: 'Test User',
      hostProfile: { displayName: 'Hana Host' },
    });
  });
});

describe('where a listing is', () => {
  const where = async (who: string) => {
    const token = await viewers[who]();
    const { listing } = await stack.client.data(ListingDocument, { token, variables: { id: listings.published } });
    return present(listing, 'the published listing');
  };

  it.each(['anonymous', 'guest', 'another host'])(
    'is only approximate for the %s: no street, coordinates to about a kilometre',
    async (who) => {
      expect(await where(who)).toMatchObject({
        latitude: -4.32,
        longitude: expect.any(Number),
        address: { street: null, city: 'Diani', postalCode: null, country: 'KE' },
      });
    },
  );

  it.each(['owner', 'admin'])('is exact for the %s', async (who) => {
    expect(await where(who)).toMatchObject({
      latitude: -4.3167,
      address: { street: '12 Beach Road', postalCode: '80401' },
    });
  });
});

describe('_entities', () => {
  const representations = () =>
    [listings.draft, listings.published, listings.deactivated].map((id) => ({ __typename: 'Listing', id }));
  async function entities(token: string | undefined) {
    const response = await callSubgraph(
      stack.subgraph('listings').url,
      { query: ENTITIES, variables: { representations: representations() } },
      { headers: token ? { authorization: `Bearer ${token}` } : {} },
    );
    const body = (await response.json()) as { data: { _entities: ({ status: string } | null)[] } };
    return body.data._entities.map((e) => e?.status ?? null);
  }

  // A reference comes from an object its own subgraph authorized (a booking, a review): a listing
  // taken off the market stays readable through it, so a guest's booking does not vanish; drafts never.
  it('resolves by reference every listing that has been on the market, and drafts only for their host', async () => {
    expect(await entities(undefined)).toEqual([null, 'PUBLISHED', 'DEACTIVATED']);
    expect(await entities(await viewers['another host']())).toEqual([null, 'PUBLISHED', 'DEACTIVATED']);
    expect(await entities(owner.token)).toEqual(['DRAFT', 'PUBLISHED', 'DEACTIVATED']);
    expect(await entities(admin.token)).toEqual(['DRAFT', 'PUBLISHED', 'DEACTIVATED']);
  });

  it('resolves 100 listings by reference in one SQL statement', async () => {
    const base = validateNewListing(listingInput() as unknown as CreateListingInput);
    if (!base.ok) throw new Error('the seed listing is invalid');
    const em = stack.subgraph('listings').orm.em.fork();
    const hostId = newId();
    const ids = Array.from(
      { length: 100 },
      () => em.create(Listing, { ...base.value, id: newId(), hostId, status: ListingStatus.PUBLISHED }).id,
    );
    await em.flush();

    const subgraph = stack.subgraph('listings');
    let response: Response | undefined;
    const statements = await countStatements(subgraph.orm, async () => {
      response = await callSubgraph(subgraph.url, {
        query: ENTITIES,
        variables: { representations: ids.map((id) => ({ __typename: 'Listing', id })) },
      });
    });
    const body = (await response!.json()) as { data: { _entities: { id: string }[] } };
    expect(statements).toBe(1);
    expect(body.data._entities.map((l) => l.id)).toEqual(ids);
  });
});

describe('User.listings', () => {
  async function allPages(read: (after: string | null) => Promise<Page>): Promise<string[][]> {
    const pages: string[][] = [];
    for (let after: string | null = null; ;) {
      const page = await read(after);
      pages.push(page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) return pages;
      after = page.pageInfo.endCursor;
    }
  }

  it("pages through the owner's own listings, newest first, drafts and deactivated ones included", async () => {
    const host = await asHost(
      stack.client,
      await signedInVerifiedUser(stack.client, stack.subgraph('accounts').orm.em.fork()),
    );
    const created = [];
    for (let i = 0; i < 5; i += 1) created.push((await createDraft(stack.client, host.token)).id);
    const pages = await allPages(async (after) => {
      const { me } = await stack.client.data(MyListingsDocument, { token: host.token, variables: { first: 2, after } });
      return present(me, 'the viewer').listings;
    });
    expect(pages).toEqual([created.slice(3).reverse(), created.slice(1, 3).reverse(), created.slice(0, 1)]);
  });

  it('shows everyone else only the listings on the market, and the admin all of them', async () => {
    const byViewer = async (token: string | undefined) => {
      const data = await stack.client.data(HostListingsDocument, {
        token,
        variables: { id: listings.published, first: 50 },
      });
      return data.listing?.host.listings.edges.map((e) => e.node.id) ?? [];
    };
    const guestView = await byViewer(await viewers.guest());
    expect(guestView).toContain(listings.published);
    expect(guestView).not.toContain(listings.draft);
    expect(guestView).not.toContain(listings.deactivated);
    expect(await byViewer(undefined)).toEqual(guestView);
    const adminView = await byViewer(admin.token);
    expect(adminView).toEqual(expect.arrayContaining([listings.draft, listings.published, listings.deactivated]));
  });

  it('refuses a page larger than 50', async () => {
    const result = await stack.client.request(MyListingsDocument, { token: owner.token, variables: { first: 51 } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
