import { LoginDocument } from '../../test/support/generated/graphql';
import { apolloDocumentText, type GraphQLClient } from '../../test/support/graphql-client';
import { startLoggedGateway } from '../../test/support/logged-gateway';
import { startTestStack, type TestStack } from '../../test/support/test-stack';
import type { RunningGateway } from '../index';
import { operationId } from './manifest';

const login = apolloDocumentText(LoginDocument);
const variables = { input: { email: 'nobody@example.com', password: 'not the password' } };
const CLIENT = { 'apollographql-client-name': 'staygraph-ios', 'apollographql-client-version': '3.2.1' };

let stack: TestStack;
const gateways: RunningGateway[] = [];
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await Promise.all(gateways.map((g) => g.stop()));
  await stack?.stop();
});

/** A request by id only, as Apollo Client configured for production sends it. */
function byId(url: string, id: string, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: id } } }),
  }).then(async (r) => ({
    status: r.status,
    ...((await r.json()) as { data?: { login: { __typename: string } }; errors?: { extensions: { code: string } }[] }),
  }));
}

describe('a development gateway', () => {
  let url: string;
  let client: GraphQLClient;
  let lines: Record<string, unknown>[];
  beforeAll(async () => {
    const started = await startLoggedGateway(stack, { CORS_ORIGINS: 'https://app.example.com' });
    gateways.push(started.gateway);
    ({ client, lines } = started);
    url = started.gateway.url;
  });

  it('accepts manifest ids as production does, without the operation ever being registered', async () => {
    const result = await byId(url, operationId(login));
    expect(result.data?.login.__typename).toBe('InvalidCredentialsError');
    expect(result).not.toHaveProperty('extensions.persistedQuery');
  });

  it('runs an operation outside the manifest, marked in its response and in the log', async () => {
    const result = await client.request('query Outside { __typename }', { headers: { 'x-request-id': 'outside' } });
    expect(result.status).toBe(200);
    expect(result.extensions?.persistedQuery).toEqual({ inManifest: false });
    expect(lines).toContainEqual(
      expect.objectContaining({
        requestId: 'outside',
        operationName: 'Outside',
        msg: 'operation outside the persisted query manifest: production refuses it',
      }),
    );
  });

  it('lets browsers send the client name and version, and logs them with the persisted id', async () => {
    const preflight = await fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://app.example.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,apollographql-client-name,apollographql-client-version',
      },
    });
    expect(preflight.headers.get('access-control-allow-headers')).toContain('apollographql-client-name');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('apollographql-client-version');
    await byId(url, operationId(login), { ...CLIENT, 'x-request-id': 'client-awareness' });
    expect(lines.find((l) => l.access === true && l.requestId === 'client-awareness')).toMatchObject({
      operationName: 'Login',
      persistedQueryId: operationId(login),
      clientName: 'staygraph-ios',
      clientVersion: '3.2.1',
    });
  });
});

describe('a development gateway with PERSISTED_QUERIES_ENFORCE=true', () => {
  it('refuses operations outside the manifest as production does, logging which client sent a refused id', async () => {
    const { gateway, client, lines } = await startLoggedGateway(stack, { PERSISTED_QUERIES_ENFORCE: 'true' });
    gateways.push(gateway);
    const outside = await client.request('query Outside { __typename }');
    expect(outside.status).toBe(400);
    expect(outside.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    expect((await byId(gateway.url, operationId(login))).data?.login.__typename).toBe('InvalidCredentialsError');
    const retired = operationId('query Retired { me { id } }');
    const refused = await byId(gateway.url, retired, { ...CLIENT, 'x-request-id': 'refused-id' });
    expect(refused.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    expect(lines.find((l) => l.requestId === 'refused-id')).toMatchObject({
      msg: 'operation refused: not in the persisted query list',
      persistedQueryId: retired,
      clientName: 'staygraph-ios',
      clientVersion: '3.2.1',
    });
  });
});
