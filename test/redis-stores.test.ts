import Redis from 'ioredis';
import { decodeJwt } from 'jose';
import { PASSWORD, registerUser, signedInAdmin, signedInUser } from './support/accounts/factories';
import { LoginDocument, LogoutDocument, MeDocument, SuspendUserDocument } from './support/generated/graphql';
import { startTestStack, type TestStack } from './support/test-stack';

const wrongLogin = (stack: TestStack, email: string) =>
  stack.client
    .data(LoginDocument, { variables: { input: { email, password: 'wrong password!' } } })
    .then((d) => d.login.__typename);

const describeWithRedis = process.env.REDIS_URL ? describe : describe.skip;

describeWithRedis('with Redis', () => {
  let stack: TestStack;
  let redis: Redis;
  beforeAll(async () => {
    stack = await startTestStack();
    redis = new Redis(process.env.REDIS_URL as string);
  });
  afterAll(async () => {
    redis?.disconnect();
    await stack?.stop();
  });

  it('keeps sign-in counters and the suspension denylist there, under the configured prefix and with an expiry', async () => {
    const prefix = stack.config.redisKeyPrefix;
    const admin = await signedInAdmin(stack.client, stack.subgraph('accounts').orm.em.fork());
    const user = await signedInUser(stack.client);
    await wrongLogin(stack, user.email);
    expect(await redis.keys(`${prefix}rl:login-account*`)).toHaveLength(1);

    await stack.client.data(SuspendUserDocument, {
      token: admin.token,
      variables: { input: { userId: user.id, reason: 'test' } },
    });
    const ttl = await redis.ttl(`${prefix}suspended:${user.id}`);
    expect(ttl).toBeGreaterThan(stack.config.jwt.accessTokenTtlSeconds);
    expect(ttl).toBeLessThanOrEqual(stack.config.jwt.accessTokenTtlSeconds + 60);
  });

  it('lists an ended session there for one access-token lifetime, so its token is refused by every gateway', async () => {
    const prefix = stack.config.redisKeyPrefix;
    const user = await signedInUser(stack.client);
    await stack.client.data(LogoutDocument, { token: user.token });
    const ttl = await redis.ttl(`${prefix}ended-session:${String(decodeJwt(user.token).sid)}`);
    expect(ttl).toBeGreaterThan(stack.config.jwt.accessTokenTtlSeconds);
    expect(ttl).toBeLessThanOrEqual(stack.config.jwt.accessTokenTtlSeconds + 60);
    expect((await stack.client.request(MeDocument, { token: user.token })).status).toBe(401);
  });
});

describe('when Redis is unreachable', () => {
  let stack: TestStack;
  beforeAll(async () => {
    // Nothing listens on port 1: every Redis command fails at once.
    stack = await startTestStack({ env: { REDIS_URL: 'redis://127.0.0.1:1', LOGIN_MAX_FAILURES: '2' } });
  });
  afterAll(() => stack?.stop());

  it('still serves, with per-process limits that still lock an account', async () => {
    const { email } = await registerUser(stack.client);
    expect([await wrongLogin(stack, email), await wrongLogin(stack, email), await wrongLogin(stack, email)]).toEqual([
      'InvalidCredentialsError',
      'InvalidCredentialsError',
      'TooManyAttemptsError',
    ]);
    const user = await signedInUser(stack.client);
    expect((await stack.client.request(MeDocument, { token: user.token })).status).toBe(200);
    // Signing out still works; the ended session's access token then lasts until it expires.
    const { logout } = await stack.client.data(LogoutDocument, { token: user.token });
    expect(logout.revokedSessions).toBe(1);
  });

  it('refuses a suspension it could not enforce at the gateway, leaving the user as they were', async () => {
    const admin = await signedInAdmin(stack.client, stack.subgraph('accounts').orm.em.fork());
    const user = await signedInUser(stack.client);
    const result = await stack.client.request(SuspendUserDocument, {
      token: admin.token,
      variables: { input: { userId: user.id, reason: 'test' } },
    });
    expect(result.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const login = await stack.client.data(LoginDocument, {
      variables: { input: { email: user.email, password: PASSWORD } },
    });
    expect(login.login.__typename).toBe('LoginSuccess');
  });
});
