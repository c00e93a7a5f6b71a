import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../platform/runtime/config';
import { signedInAdmin } from '../test/support/accounts/factories';
import { LoginDocument, MeDocument } from '../test/support/generated/graphql';
import { GraphQLClient } from '../test/support/graphql-client';
import { startProxiedGateway, type ProxiedGateway } from '../test/support/proxied-gateway';
import { startTestStack, type TestStack } from '../test/support/test-stack';
import { operationId, type PersistedQueryManifest } from './persisted-queries/manifest';
import { MANIFEST_PATH } from '../scripts/persisted-query-manifest';
import { productionTestEnv } from '../test/support/production-env';

/** Operations only this test's manifest holds, each breaking one rule a manifest operation could break (raw on purpose). */
const TEST_OPERATIONS = {
  Aliased: 'query Aliased { a: me { id } b: me { id } c: me { id } }',
  Deep: 'query Deep { mySessions(first: 1) { edges { node { ... on Session { id } } } } }',
  Expensive: 'query Expensive { failedJobs(first: 50) { edges { cursor } } }',
  Typo: 'query Typo { me { emial } }',
  Introspect: 'query Introspect { __schema { queryType { name } } }',
  Partial: 'query Partial { me { id } failedJobs(first: 1) { pageInfo { hasNextPage } } }',
};

function testManifest(): string {
  const committed = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as PersistedQueryManifest;
  const extra = Object.entries(TEST_OPERATIONS).map(([name, body]) => ({
    id: operationId(body),
    name,
    type: 'query' as const,
    body,
  }));
  const file = join(mkdtempSync(join(tmpdir(), 'staygraph-pq-')), 'manifest.json');
  writeFileSync(file, JSON.stringify({ ...committed, operations: [...committed.operations, ...extra] }));
  return file;
}

const committedBody = (name: string) =>
  (JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as PersistedQueryManifest).operations.find((o) => o.name === name)
    ?.body as string;

let stack: TestStack;
let proxied: ProxiedGateway;
let client: GraphQLClient;
const subgraphCalls = () => proxied.subgraphCalls();

beforeAll(async () => {
  stack = await startTestStack();
  proxied = await startProxiedGateway(
    stack,
    loadConfig(
      productionTestEnv({
        REDIS_KEY_PREFIX: `test:${operationId(String(Math.random()))}:`,
        PERSISTED_QUERY_MANIFEST: testManifest(),
        GRAPHQL_MAX_ALIASES: '2',
        GRAPHQL_MAX_DEPTH: '4',
        COST_LIMIT: '40',
        RATE_LIMIT_AUTH: '3',
        MAX_BODY_BYTES: '4096',
      }),
    ),
  );
  // Generated documents sent as Apollo Client sends them: the bodies of the manifest.
  client = new GraphQLClient(proxied.gateway.url, { asApolloClient: true });
});
afterAll(async () => {
  await proxied?.stop();
  await stack?.stop();
});

/** A request by id only, the way mobile apps send persisted operations. */
function byId(body: string, options: { variables?: Record<string, unknown>; token?: string } = {}) {
  return fetch(proxied.gateway.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({
      variables: options.variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: operationId(body) } },
    }),
  });
}

describe('a production gateway', () => {
  it('runs a manifest operation sent by id, and one sent with its identical body', async () => {
    const login = committedBody('Login');
    const variables = { input: { email: 'nobody@example.com', password: 'not the password' } };
    const response = await byId(login, { variables });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { login: { __typename: string } } }).data.login.__typename).toBe(
      'InvalidCredentialsError',
    );
    // The generated document is sent with exactly the manifest's body.
    const full = await client.request(LoginDocument, { variables });
    expect(full.data?.login.__typename).toBe('InvalidCredentialsError');
  });

  it('refuses any other document, and an attempt to register one as a persisted query', async () => {
    const before = subgraphCalls();
    const arbitrary = await client.request('{ me { id } }');
    expect(arbitrary.status).toBe(400);
    expect(arbitrary.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    const asked = await client.request('{ me { id } }', {
      headers: { accept: 'application/graphql-response+json,application/json;q=0.9' },
    });
    expect(asked.status).toBe(400);
    expect(asked.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(asked.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');

    const query = 'query Mine { me { id email } }';
    const register = await fetch(proxied.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: operationId(query) } } }),
    });
    expect(register.status).toBe(400);
    const unknownId = await byId(query);
    expect(((await unknownId.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'PERSISTED_QUERY_NOT_IN_LIST',
    );
    expect(subgraphCalls()).toBe(before);
  });

  it('refuses an operation over the cost limit before calling any subgraph, naming its cost', async () => {
    const { token } = await signedInAdmin(stack.client, stack.subgraph('accounts').orm.em.fork());
    const before = subgraphCalls();
    const result = await client.request(TEST_OPERATIONS.Expensive, { token });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', cost: 51, limit: 40 });
    expect(subgraphCalls()).toBe(before);
  });

  it('reports the cost of every operation it runs', async () => {
    const result = await client.request(LoginDocument, {
      variables: { input: { email: 'a@example.com', password: 'whatever!!' } },
    });
    expect(result.extensions?.cost).toEqual({ requested: 11, limit: 40, remaining: expect.any(Number) });
  });

  it('refuses too many aliases, too much depth, and batched requests', async () => {
    const aliased = await client.request(TEST_OPERATIONS.Aliased);
    expect(aliased.status).toBe(400);
    expect(aliased.errors?.[0].message).toMatch(/aliases/i);
    expect(aliased.errors?.[0].extensions?.code).toBe('MAX_ALIASES_EXCEEDED');
    const deep = await client.request(TEST_OPERATIONS.Deep);
    expect(deep.status).toBe(400);
    expect(deep.errors?.[0].message).toMatch(/depth/i);
    expect(deep.errors?.[0].extensions?.code).toBe('MAX_DEPTH_EXCEEDED');
    const batch = await fetch(proxied.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: committedBody('Me') }, { query: committedBody('Me') }]),
    });
    expect(batch.status).toBe(400);
  });

  it('suggests no field names, allows no introspection and shows no stack traces', async () => {
    const typo = await client.request(TEST_OPERATIONS.Typo);
    expect(typo.errors?.[0].message).not.toMatch(/did you mean/i);
    const introspection = await client.request(TEST_OPERATIONS.Introspect);
    expect(introspection.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const anonymous = await client.request(MeDocument);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.errors?.[0].extensions?.stacktrace).toBeUndefined();
  });

  it('serves no Sandbox landing page, and sends strict security headers', async () => {
    const page = await fetch(proxied.gateway.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('embeddable-sandbox');
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('answers a body over the limit with 413', async () => {
    const response = await fetch(proxied.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: committedBody('Me'), variables: { padding: 'x'.repeat(5000) } }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('throttles sign-in attempts per address with 429 and Retry-After', async () => {
    const variables = { input: { email: 'flood@example.com', password: 'not the password' } };
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const response = await byId(committedBody('Login'), { variables });
      statuses.push(response.status);
      if (response.status === 429) {
        retryAfter = response.headers.get('retry-after');
        expect(
          ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
        ).toBe('RATE_LIMITED');
      }
    }
    expect(statuses).toContain(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  it('answers with the data it has when a subgraph is down, and a coded error for the rest', async () => {
    const { token } = await signedInAdmin(stack.client, stack.subgraph('accounts').orm.em.fork());
    await proxied.proxies[stack.subgraphs.findIndex((s) => s.name === 'accounts')].close();
    const result = await client.request(TEST_OPERATIONS.Partial, { token });
    expect(result.status).toBe(200);
    expect(result.data).toEqual({ me: null, failedJobs: { pageInfo: { hasNextPage: expect.any(Boolean) } } });
    expect(result.errors?.[0]).toMatchObject({
      message: 'A service is unavailable; try again shortly.',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
    });
    // Nothing names the internal service; the log does.
    expect(JSON.stringify(result.errors)).not.toMatch(/accounts|serviceName/i);
  });
});
