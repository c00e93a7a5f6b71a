import { loadConfig } from '../platform/runtime/config';
import { createLogger } from '../platform/runtime/logger';
import { signedInUser } from '../test/support/accounts/factories';
import { MeDocument } from '../test/support/generated/graphql';
import { GraphQLClient } from '../test/support/graphql-client';
import { startRecordingProxy, type RecordingProxy } from '../test/support/recording-proxy';
import { startTestStack, type TestStack } from '../test/support/test-stack';
import { startGateway, type RunningGateway } from './index';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

describe('gateway', () => {
  it('answers liveness and readiness probes', async () => {
    const base = stack.gateway.url.replace('/graphql', '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('returns the caller’s request id, or a new one', async () => {
    const given = await stack.client.request('{ __typename }', { headers: { 'x-request-id': 'req-123' } });
    expect(given.headers.get('x-request-id')).toBe('req-123');
    const generated = await stack.client.request('{ __typename }', {
      headers: { 'x-request-id': 'bad id with spaces' },
    });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the public keys that verify access tokens, from accounts', async () => {
    const response = await fetch(stack.gateway.url.replace('/graphql', '/.well-known/jwks.json'));
    expect(response.status).toBe(200);
    const { keys } = (await response.json()) as { keys: Record<string, string>[] };
    const configured = JSON.parse(stack.config.jwt.publicKeys as string).keys[0];
    expect(keys).toEqual([expect.objectContaining({ kid: configured.kid, kty: 'EC', crv: 'P-256', alg: 'ES256' })]);
    expect(keys[0]).not.toHaveProperty('d');
  });
});

describe('a development gateway', () => {
  let proxy: RecordingProxy;
  let gateway: RunningGateway;
  beforeAll(async () => {
    proxy = await startRecordingProxy(stack.subgraph('accounts').url);
    const config = loadConfig({ ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'silent' });
    gateway = await startGateway({
      config: { ...config, subgraphUrls: { accounts: proxy.url } },
      logger: createLogger({ level: 'silent', name: 'gateway' }),
      port: 0,
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    await proxy?.close();
  });

  it('serves the Sandbox landing page', async () => {
    const page = await fetch(gateway.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('embeddable-sandbox');
  });

  it('forwards the token, request id, client address and user agent to subgraphs, signed', async () => {
    const { token, id } = await signedInUser(stack.client);
    const client = new GraphQLClient(gateway.url);
    const { me } = await client.data(MeDocument, { token, headers: { 'x-request-id': 'trace-me-1' } });
    expect(me?.id).toBe(id);
    expect(proxy.seen.at(-1)).toMatchObject({
      authorization: `Bearer ${token}`,
      'x-request-id': 'trace-me-1',
      'x-staygraph-client-ip': expect.stringContaining('127.0.0.1'),
      'x-staygraph-user-agent': expect.any(String),
      'x-staygraph-signature': expect.stringMatching(/^v1=[0-9a-f]{64}$/),
    });
  });
});

describe('subgraphs', () => {
  it('answer liveness and readiness probes', async () => {
    const base = stack.subgraph('accounts').url.replace('/graphql', '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('cap every SQL statement with the configured statement_timeout', async () => {
    const rows = await stack
      .subgraph('accounts')
      .orm.em.fork()
      .getConnection()
      .execute(`select setting from pg_settings where name = 'statement_timeout'`);
    expect(Number(rows[0].setting)).toBe(stack.config.db.statementTimeoutMs);
  });
});
