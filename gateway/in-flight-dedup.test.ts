import { PASSWORD, signedInUser, uniqueEmail } from '../test/support/accounts/factories';
import { MeDocument, RegisterDocument, SearchListingsDocument } from '../test/support/generated/graphql';
import { startProxiedGateway, type ProxiedGateway } from '../test/support/proxied-gateway';
import type { RecordingProxy } from '../test/support/recording-proxy';
import { startTestStack, type TestStack } from '../test/support/test-stack';

let stack: TestStack;
let gateway: ProxiedGateway;

/** Each subgraph answer is held this long, so requests sent together are all in flight at once. */
const HOLD_MS = 1_500;
const CONCURRENT = 6;

beforeAll(async () => {
  stack = await startTestStack();
  gateway = await startProxiedGateway(stack);
});
afterAll(async () => {
  await gateway?.stop();
  await stack?.stop();
});

const proxyOf = (name: string): RecordingProxy => gateway.proxies[stack.subgraphs.findIndex((s) => s.name === name)];

afterEach(() => {
  for (const proxy of gateway.proxies) proxy.faults.delayMs = 0;
});

describe('in-flight deduplication of subgraph reads', () => {
  it('sends identical anonymous searches in flight together to the subgraph fewer times than asked', async () => {
    const listings = proxyOf('listings');
    const before = listings.seen.length;
    listings.faults.delayMs = HOLD_MS;
    const variables = { first: 5, filter: { city: `Dedup-${Date.now()}` } };
    const results = await Promise.all(
      Array.from({ length: CONCURRENT }, () => gateway.client.data(SearchListingsDocument, { variables })),
    );
    expect(listings.seen.length - before).toBeLessThan(CONCURRENT);
    expect(new Set(results.map((result) => JSON.stringify(result))).size).toBe(1);
    expect(results[0].searchListings.__typename).toBe('ListingSearchConnection');
  });

  it('never merges two viewers’ identical queries, even in flight at once', async () => {
    const [ann, bob] = await Promise.all([signedInUser(stack.client), signedInUser(stack.client)]);
    const accounts = proxyOf('accounts');
    const before = accounts.seen.length;
    accounts.faults.delayMs = HOLD_MS;
    const [forAnn, forBob] = await Promise.all([
      gateway.client.data(MeDocument, { token: ann.token }),
      gateway.client.data(MeDocument, { token: bob.token }),
    ]);
    expect(forAnn.me).toMatchObject({ id: ann.id, email: ann.email });
    expect(forBob.me).toMatchObject({ id: bob.id, email: bob.email });
    const tokens = accounts.seen.slice(before).map((headers) => headers.authorization);
    expect(tokens).toEqual(expect.arrayContaining([`Bearer ${ann.token}`, `Bearer ${bob.token}`]));
  });

  it('never merges mutations, even identical ones in flight at once', async () => {
    const accounts = proxyOf('accounts');
    const before = accounts.seen.length;
    accounts.faults.delayMs = HOLD_MS;
    const variables = { input: { email: uniqueEmail('dedup'), password: PASSWORD, displayName: 'Twice' } };
    const results = await Promise.all([
      gateway.client.request(RegisterDocument, { variables }),
      gateway.client.request(RegisterDocument, { variables }),
    ]);
    expect(accounts.seen.length - before).toBe(2);
    expect(results.map((result) => result.data?.register.__typename)).toContain('RegisterSuccess');
  });
});
