import { startTestStack, type TestStack } from '../test/support/test-stack';

let stack: TestStack;
beforeAll(async () => {
  // Production demands a Redis URL; nothing in this test talks to Redis.
  stack = await startTestStack({
    env: { NODE_ENV: 'production', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
  });
});
afterAll(() => stack?.stop());

describe('production mode', () => {
  it('refuses introspection', async () => {
    const result = await stack.client.request('{ __schema { queryType { name } } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.data).toBeUndefined();
  });

  it('serves no Sandbox landing page', async () => {
    const page = await fetch(stack.gateway.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('embeddable-sandbox');
  });

  it('includes no stack traces in errors', async () => {
    const result = await stack.client.request('{ me { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
  });

  it('still serves the API', async () => {
    const result = await stack.client.request('mutation { login(input: { email: "x@example.com", password: "whatever!" }) { __typename } }');
    expect(result.data).toEqual({ login: { __typename: 'InvalidCredentialsError' } });
  });
});
