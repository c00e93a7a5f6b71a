import { createHash } from 'node:crypto';
import { loadConfig } from '../platform/runtime/config';
import { createLogger } from '../platform/runtime/logger';
import { signedInUser } from '../test/support/accounts/factories';
import { startTestStack, type TestStack } from '../test/support/test-stack';
import { startGateway, type RunningGateway } from './index';

/** What Apollo Client 4 sends: the GraphQL-over-HTTP media type first, JSON as a fallback. */
const GRAPHQL_RESPONSE = 'application/graphql-response+json,application/json;q=0.9';
const JSON_ONLY = 'application/json';

let stack: TestStack;
const gateways: RunningGateway[] = [];

async function gatewayWith(env: Record<string, string>): Promise<string> {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'development',
    REDIS_KEY_PREFIX: `test:${createHash('sha256').update(String(Math.random())).digest('hex')}:`,
    ...env,
  });
  const gateway = await startGateway({
    config: { ...config, subgraphUrls: Object.fromEntries(stack.subgraphs.map((s) => [s.name, s.url])) },
    logger: createLogger({ level: 'silent', name: 'gateway' }),
    port: 0,
  });
  gateways.push(gateway);
  return gateway.url;
}

async function post(url: string, body: string, accept: string | null, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(accept === null ? {} : { accept }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body,
  });
  const { errors } = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
  return { status: response.status, type: response.headers.get('content-type'), errors };
}

const query = (text: string, variables?: Record<string, unknown>) => JSON.stringify({ query: text, variables });
const repeat = (text: string, times: number) => Array.from({ length: times }, (_, i) => text.replace('#', String(i)));

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await Promise.all(gateways.map((g) => g.stop()));
  await stack?.stop();
});

describe('refusals, whoever makes them (Express middleware or Apollo)', () => {
  let url: string;
  let token: string;
  beforeAll(async () => {
    url = await gatewayWith({
      MAX_BODY_BYTES: '4096',
      GRAPHQL_MAX_CHARACTERS: '3000',
      GRAPHQL_MAX_TOKENS: '200',
      GRAPHQL_MAX_DEPTH: '3',
      COST_LIMIT: '40',
    });
    ({ token } = await signedInUser(stack.client));
  });

  const refusals: { kind: string; body: () => string; status: number; code: string; message?: string }[] = [
    { kind: 'a body that is not JSON', body: () => '{"query": ', status: 400, code: 'BAD_REQUEST' },
    {
      kind: 'a body over MAX_BODY_BYTES',
      body: () => query('{ __typename }', { padding: 'x'.repeat(5000) }),
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    },
    {
      kind: 'a document over GRAPHQL_MAX_CHARACTERS',
      body: () => query(`{ __typename } # ${'x'.repeat(3000)}`),
      status: 400,
      code: 'QUERY_TOO_LARGE',
    },
    {
      kind: 'a document over GRAPHQL_MAX_TOKENS',
      body: () => query(`{ ${repeat('__typename', 250).join(' ')} }`),
      status: 400,
      code: 'MAX_TOKENS_EXCEEDED',
    },
    {
      kind: 'an operation over GRAPHQL_MAX_DEPTH',
      body: () => query('{ mySessions(first: 1) { edges { node { id } } } }'),
      status: 400,
      code: 'MAX_DEPTH_EXCEEDED',
      message: 'Query depth limit of 3 exceeded, found 4.',
    },
    {
      kind: 'an operation over GRAPHQL_MAX_ALIASES',
      body: () => query(`{ ${repeat('a#: __typename', 6).join(' ')} }`),
      status: 400,
      code: 'MAX_ALIASES_EXCEEDED',
      message: 'Aliases limit of 5 exceeded, found 6.',
    },
    {
      kind: 'an operation over GRAPHQL_MAX_DIRECTIVES',
      body: () => query(`{ ${repeat('... @include(if: true) { __typename }', 11).join(' ')} }`),
      status: 400,
      code: 'MAX_DIRECTIVES_EXCEEDED',
      message: 'Directives limit of 10 exceeded, found 11.',
    },
    {
      kind: 'an operation over COST_LIMIT',
      body: () => query('{ mySessions(first: 50) { edges { cursor } } }'),
      status: 400,
      code: 'COST_LIMIT_EXCEEDED',
    },
  ];

  it.each(refusals)('answer $kind with $code, negotiating the media type as Apollo does', async (refusal) => {
    const asked = await post(url, refusal.body(), GRAPHQL_RESPONSE, token);
    expect(asked).toMatchObject({ status: refusal.status, type: 'application/graphql-response+json; charset=utf-8' });
    expect(asked.errors).toEqual([
      expect.objectContaining({
        message: refusal.message ?? expect.any(String),
        extensions: expect.objectContaining({ code: refusal.code }),
      }),
    ]);
    const json = await post(url, refusal.body(), JSON_ONLY, token);
    expect(json).toMatchObject({ status: refusal.status, type: 'application/json; charset=utf-8' });
    expect(json.errors[0].extensions.code).toBe(refusal.code);
    // No Accept, or none Apollo can serve: JSON, as Apollo's own error responses.
    expect((await post(url, refusal.body(), null, token)).type).toBe('application/json; charset=utf-8');
    expect((await post(url, refusal.body(), 'text/csv', token)).type).toBe('application/json; charset=utf-8');
  });
});

it('answers a rate limit with 429 in the negotiated media type', async () => {
  const url = await gatewayWith({ RATE_LIMIT_OPERATIONS: '1' });
  expect((await post(url, query('{ __typename }'), GRAPHQL_RESPONSE)).status).toBe(200);
  const asked = await post(url, query('{ __typename }'), GRAPHQL_RESPONSE);
  expect(asked).toMatchObject({ status: 429, type: 'application/graphql-response+json; charset=utf-8' });
  expect(asked.errors[0].extensions.code).toBe('RATE_LIMITED');
  const json = await post(url, query('{ __typename }'), JSON_ONLY);
  expect(json).toMatchObject({ status: 429, type: 'application/json; charset=utf-8' });
  expect(json.errors[0].extensions.code).toBe('RATE_LIMITED');
});
