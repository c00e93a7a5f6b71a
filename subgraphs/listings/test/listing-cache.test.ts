import { signedInVerifiedUser } from '../../../test/support/accounts/factories';
import { countStatements } from '../../../test/support/sql-counter';
import { startTestStack, type TestStack } from '../../../test/support/test-stack';
import type { JobContext } from '../../../platform/events/event-handler';
import { createLogger } from '../../../platform/runtime/logger';
import { forgetSearches } from '../projections/forget-searches.job';
import { asHost, changeStatus, createPublishedListing, updateListing } from '../../../test/support/listings/factories';
import { ListingDocument } from '../../../test/support/generated/graphql';
import { insertListings, search, searchPage, uniqueCity } from './search-support';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

const listingsStatements = (run: () => Promise<unknown>) => countStatements(stack.subgraph('listings').orm, run);

describe('the listings cache (Redis, or in process without it)', () => {
  it("serves a listing read again from the cache (only its host's standing from SQL), and the new version once the host changed it", async () => {
    const host = await asHost(
      stack.client,
      await signedInVerifiedUser(stack.client, stack.subgraph('accounts').orm.em.fork()),
    );
    const listing = await createPublishedListing(stack.client, host.token, { title: 'Before the change' });
    const read = async () =>
      (await stack.client.data(ListingDocument, { variables: { id: listing.id } })).listing?.title;
    expect(await read()).toBe('Before the change');
    // The host's standing, not the row.
    expect(await listingsStatements(read)).toBe(1);

    await updateListing(stack.client, host.token, listing.id, listing.version, { title: 'After the change' });
    expect(await read()).toBe('After the change');
    await changeStatus(stack.client, host.token, 'deactivate', listing.id);
    expect(await read()).toBeUndefined();
  });

  it('serves an anonymous search page again without searching, and forgets it when a listing changes', async () => {
    const host = await asHost(
      stack.client,
      await signedInVerifiedUser(stack.client, stack.subgraph('accounts').orm.em.fork()),
    );
    const city = uniqueCity();
    const listing = await createPublishedListing(stack.client, host.token, {
      address: { street: '1 Main St', city, country: 'PT' },
    });
    const found = async () => (await searchPage(stack.client, { filter: { city } })).edges.map((e) => e.node.id);
    expect(await found()).toEqual([listing.id]);
    expect(await listingsStatements(found)).toBe(1);

    await changeStatus(stack.client, host.token, 'deactivate', listing.id);
    expect(await found()).toEqual([]);
  });

  it('forgets search pages when a projection changed (the job handlers enqueue after their commit)', async () => {
    const city = uniqueCity();
    await insertListings(stack.subgraph('listings').orm.em.fork(), [{ address: { city } }]);
    const found = () => search(stack.client, { filter: { city } });
    await found();
    expect(await listingsStatements(found)).toBe(1);
    await forgetSearches.run({}, {
      config: stack.config,
      logger: createLogger({ level: 'silent', name: 'test' }),
    } as JobContext);
    expect(await listingsStatements(found)).toBe(2);
  });
});
