import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client/core';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import {
  createPersistedQueryManifestVerificationLink,
  generatePersistedQueryIdsFromManifest,
} from '@apollo/persisted-query-lists';
import { parse } from 'graphql';
import Redis from 'ioredis';
import { loadConfig } from '../../platform/runtime/config';
import { signedInVerifiedUser } from '../../test/support/accounts/factories';
import { ListingDocument } from '../../test/support/generated/graphql';
import { apolloDocumentText } from '../../test/support/graphql-client';
import { asHost, createPublishedListing } from '../../test/support/listings/factories';
import { startProxiedGateway, type ProxiedGateway } from '../../test/support/proxied-gateway';
import { startTestStack, type TestStack } from '../../test/support/test-stack';
import { waitFor } from '../../test/support/wait-for';
import { MANIFEST_PATH, RETAINED_PATH } from '../../scripts/persisted-query-manifest';
import { operationId, readManifest, type PersistedQueryManifest, type RetainedManifest } from './manifest';
import { publishRelease } from './release-channel';
import { productionTestEnv } from '../../test/support/production-env';

const manifest = readManifest(MANIFEST_PATH);
const retained = readManifest<RetainedManifest>(RETAINED_PATH);
const prefix = `test:${operationId(String(Math.random()))}:`;

/** An operation no committed manifest holds, as Apollo's generator would add it. */
const LISTING_TITLE = parse('query ListingTitle($id: ID!) { listing(id: $id) { id title } }');
const listingTitleBody = apolloDocumentText(LISTING_TITLE);
const withListingTitle: PersistedQueryManifest = {
  ...manifest,
  operations: [
    ...manifest.operations,
    { id: operationId(listingTitleBody), name: 'ListingTitle', type: 'query', body: listingTitleBody },
  ],
};

let stack: TestStack;
let proxied: ProxiedGateway;
let redis: Redis;
let listingId: string;
/** Every body Apollo Client sent, to prove it sent ids only. */
const sent: Record<string, unknown>[] = [];

beforeAll(async () => {
  stack = await startTestStack();
  proxied = await startProxiedGateway(
    stack,
    loadConfig(
      productionTestEnv({
        REDIS_KEY_PREFIX: prefix,
      }),
    ),
  );
  redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const host = await asHost(
    stack.client,
    await signedInVerifiedUser(stack.client, stack.subgraph('accounts').orm.em.fork()),
  );
  listingId = (await createPublishedListing(stack.client, host.token)).id;
});
afterAll(async () => {
  await redis?.quit();
  await proxied?.stop();
  await stack?.stop();
});

/** Apollo Client 4 as a mobile team configures it for production: ids from the manifest, verified first. */
function apolloClient(clientManifest: PersistedQueryManifest, failures: string[] = []) {
  const cache = new InMemoryCache();
  const client = new ApolloClient({
    cache,
    clientAwareness: { name: 'staygraph-jest', version: '1.0.0' },
    link: ApolloLink.from([
      createPersistedQueryManifestVerificationLink({
        loadManifest: () => clientManifest,
        onVerificationFailed: (details) => failures.push(details.reason),
      }),
      new PersistedQueryLink(generatePersistedQueryIdsFromManifest({ loadManifest: () => clientManifest })),
      new HttpLink({
        uri: proxied.gateway.url,
        fetch: async (input, init) => {
          sent.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
          return fetch(input, init);
        },
      }),
    ]),
  });
  return { client, cache };
}

describe('Apollo Client 4 with @apollo/persisted-query-lists against a production gateway', () => {
  it('runs manifest operations by id only, and its cache normalises the entities', async () => {
    const failures: string[] = [];
    const { client, cache } = apolloClient(manifest, failures);
    sent.length = 0;
    const { data } = await client.query({ query: ListingDocument, variables: { id: listingId } });
    expect(data?.listing?.id).toBe(listingId);
    expect(failures).toEqual([]);
    expect(sent).toEqual([
      expect.objectContaining({
        operationName: 'Listing',
        extensions: expect.objectContaining({ persistedQuery: { version: 1, sha256Hash: expect.any(String) } }),
      }),
    ]);
    expect(sent[0]).not.toHaveProperty('query');
    const entities = cache.extract();
    expect(entities[`Listing:${listingId}`]).toMatchObject({ __typename: 'Listing', id: listingId });
    expect(entities.ROOT_QUERY?.[`listing({"id":"${listingId}"})`]).toEqual({ __ref: `Listing:${listingId}` });
  });

  it('keeps accepting an id shipped before the migration to Apollo ids, until its retirement date', async () => {
    const old = retained.operations.find((o) => o.name === 'Listing');
    expect(old?.retireAfter).toBe('2027-06-01');
    expect(manifest.operations.some((o) => o.id === old?.id)).toBe(false);
    const response = await fetch(proxied.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        variables: { id: listingId },
        extensions: { persistedQuery: { version: 1, sha256Hash: old?.id } },
      }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { listing: { id: string } } }).data.listing.id).toBe(listingId);
  });

  it('serves a manifest published to Redis without a restart', async () => {
    const { client } = apolloClient(withListingTitle);
    await expect(client.query({ query: LISTING_TITLE, variables: { id: listingId } })).rejects.toThrow(
      /Only persisted operations are accepted/,
    );
    await publishRelease(redis, prefix, { manifest: withListingTitle, retained }, new Date());
    const byId = () =>
      fetch(proxied.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          variables: { id: listingId },
          extensions: { persistedQuery: { version: 1, sha256Hash: operationId(listingTitleBody) } },
        }),
      }).then((r) => r.status === 200);
    await waitFor(byId, { what: 'the gateway to install the published manifest' });
    const fresh = apolloClient(withListingTitle);
    const { data } = await fresh.client.query({ query: LISTING_TITLE, variables: { id: listingId } });
    expect(data).toEqual({ listing: { __typename: 'Listing', id: listingId, title: expect.any(String) } });
    expect(fresh.cache.extract()[`Listing:${listingId}`]).toMatchObject({ id: listingId });
  });
});
