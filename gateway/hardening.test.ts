import { createHash } from 'node:crypto';
import { getIntrospectionQuery } from 'graphql';
import { signedInUser } from '../test/support/accounts/factories';
import type { GraphQLClient } from '../test/support/graphql-client';
import { startLoggedGateway } from '../test/support/logged-gateway';
import { startTestStack, type TestStack } from '../test/support/test-stack';
import type { RunningGateway } from './index';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let stack: TestStack;
const gateways: RunningGateway[] = [];
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await Promise.all(gateways.map((g) => g.stop()));
  await stack?.stop();
});

describe('a development gateway', () => {
  let client: GraphQLClient;
  let url: string;
  let lines: Record<string, unknown>[];
  beforeAll(async () => {
    const started = await startLoggedGateway(stack, { CORS_ORIGINS: 'https://app.example.com' });
    gateways.push(started.gateway);
    ({ client, lines } = started);
    url = started.gateway.url;
  });

  it('accepts any operation and registers automatic persisted queries', async () => {
    const query = `query Apq { me { id } } # ${Math.random()}`;
    const { token } = await signedInUser(stack.client);
    const byHash = { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } };
    const post = (body: object) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      }).then(
        (r) => r.json() as Promise<{ data?: { me: { id: string } }; errors?: { extensions: { code: string } }[] }>,
      );
    expect((await post(byHash)).errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post({ query, ...byHash })).data?.me.id).toBeTruthy();
    expect((await post(byHash)).data?.me.id).toBeTruthy();
  });

  it('answers CORS only for allowed origins', async () => {
    const preflight = (origin: string) =>
      fetch(url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    expect((await preflight('https://app.example.com')).headers.get('access-control-allow-origin')).toBe(
      'https://app.example.com',
    );
    expect((await preflight('https://evil.example.net')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets an allowed origin upload photos to /media from a browser', async () => {
    const preflight = await fetch(new URL('/media/uploads/x', url), {
      method: 'OPTIONS',
      headers: {
        origin: 'https://app.example.com',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
  });

  it('refuses a simple cross-site request (CSRF prevention)', async () => {
    const response = await fetch(`${url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'content-type': 'text/plain' },
    });
    expect(response.status).toBe(400);
  });

  it('answers a variable of the wrong shape with 400 BAD_USER_INPUT', async () => {
    const result = await client.request('mutation L($input: LoginInput!) { login(input: $input) { __typename } }', {
      variables: { input: { email: 'someone@example.com' } },
    });
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps a well-formed request id, returns it, and makes one when none is given', async () => {
    const given = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-123' },
      body: '{"query":"{ __typename }"}',
    });
    expect(given.headers.get('x-request-id')).toBe('trace-123');
    const made = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lets the Sandbox load, without HSTS', async () => {
    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-security-policy')).toContain('https://embeddable-sandbox.cdn.apollographql.com');
    expect(page.headers.get('strict-transport-security')).toBeNull();
  });

  it('writes one access-log line per operation, without secrets', async () => {
    await client.request('mutation SignIn($input: LoginInput!) { login(input: $input) { __typename } }', {
      variables: { input: { email: 'someone@example.com', password: 'hunter2hunter2' } },
      headers: { 'x-request-id': 'access-log-test' },
    });
    const line = lines.find((l) => l.access === true && l.requestId === 'access-log-test');
    expect(line).toMatchObject({
      operationName: 'SignIn',
      operationId: expect.stringMatching(/^[0-9a-f]{64}$/),
      operationType: 'mutation',
      viewerId: null,
      cost: 10,
      durationMs: expect.any(Number),
      outcome: 'ok',
      subgraphs: ['accounts'],
      variables: { input: { email: '[personal]', password: '[redacted]' } },
    });
    expect(JSON.stringify(lines)).not.toContain('hunter2hunter2');
    expect(JSON.stringify(lines)).not.toContain('someone@example.com');
  });
});

describe('shape limits in development', () => {
  let client: GraphQLClient;
  beforeAll(async () => {
    const started = await startLoggedGateway(stack, {});
    gateways.push(started.gateway);
    ({ client } = started);
  });

  it('count root `__typename` aliases', async () => {
    const aliases = Array.from({ length: 101 }, (_, i) => `a${i}: __typename`).join(' ');
    const result = await client.request(`{ ${aliases} }`);
    expect(result.status).toBe(400);
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'Aliases limit of 5 exceeded, found 101.',
        extensions: { code: 'MAX_ALIASES_EXCEEDED' },
      }),
    ]);
  });

  it('refuse unknown directives once, with one error', async () => {
    const fields = Array.from({ length: 10 }, (_, i) => `__typename @unknown${i % 3}`).join(' ');
    const result = await client.request(`{ ${fields} }`);
    expect(result.status).toBe(400);
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'Unknown directives "@unknown0", "@unknown1", "@unknown2".',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    ]);
    expect(result.errors?.[0]).toMatchObject({ locations: expect.arrayContaining([expect.anything()]) });
  });

  it("accept the Sandbox's standard introspection query", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const result = await client.request<{ __schema: { types: unknown[] } }>(query);
    expect(result.errors).toBeUndefined();
    expect(result.data?.__schema.types.length).toBeGreaterThan(10);
  });

  it('refuse introspection deeper than its own cap', async () => {
    const result = await client.request(getIntrospectionQuery({ typeDepth: 20 }));
    expect(result.status).toBe(400);
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'Introspection depth limit of 18 exceeded, found 26.',
        extensions: { code: 'MAX_DEPTH_EXCEEDED' },
      }),
    ]);
  });
});

describe('rate limits', () => {
  it('throttle a viewer over the operations allowance with 429 and Retry-After', async () => {
    const { gateway, client } = await startLoggedGateway(stack, { RATE_LIMIT_OPERATIONS: '3' });
    gateways.push(gateway);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await client.request('{ __typename }')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await client.request('{ __typename }');
    expect(refused.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('are tighter for mutations than for queries', async () => {
    const { gateway, client } = await startLoggedGateway(stack, { RATE_LIMIT_MUTATIONS: '1' });
    gateways.push(gateway);
    const { token } = await signedInUser(stack.client);
    expect((await client.request('mutation { logout { revokedSessions } }', { token })).status).toBe(200);
    expect((await client.request('mutation { logout { revokedSessions } }', { token })).status).toBe(429);
    expect((await client.request('{ me { id } }', { token })).status).toBe(200);
  });

  it('spend a cost budget per viewer and window', async () => {
    const { gateway, client } = await startLoggedGateway(stack, { COST_BUDGET: '120' });
    gateways.push(gateway);
    const { token } = await signedInUser(stack.client);
    const sessions = '{ mySessions(first: 50) { edges { cursor } } }';
    const first = await client.request(sessions, { token });
    expect(first.extensions?.cost).toEqual({ requested: 51, limit: 1000, remaining: 69 });
    expect((await client.request(sessions, { token })).extensions?.cost).toMatchObject({ remaining: 18 });
    const refused = await client.request(sessions, { token });
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });
});
