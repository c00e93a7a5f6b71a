import { startTestStack, type TestStack } from '../../../test/support/test-stack';
import { PASSWORD, registerUser } from '../../../test/support/accounts/factories';
import {
  LoginDocument,
  LogoutDocument,
  LogoutEverywhereDocument,
  MySessionsDocument,
  RefreshTokenDocument,
  RevokeSessionDocument,
} from '../../../test/support/generated/graphql';
import { ofType, present } from '../../../test/support/graphql-client';

let now = Date.now();
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ clock: () => new Date(now) });
});
afterAll(() => stack?.stop());

async function signIn(email: string, userAgent = 'jest-device') {
  const { login } = await stack.client.data(LoginDocument, {
    variables: { input: { email, password: PASSWORD } },
    headers: { 'user-agent': userAgent },
  });
  return ofType(login, 'LoginSuccess');
}

const refresh = (refreshToken: string) =>
  stack.client.data(RefreshTokenDocument, { variables: { refreshToken } }).then((d) => d.refreshToken);
const sessions = (token: string) =>
  stack.client.data(MySessionsDocument, { token, variables: { first: 10 } }).then((d) => d.mySessions);

describe('sessions', () => {
  it('are listed with their device, address and which one is current', async () => {
    const { email } = await registerUser(stack.client);
    await signIn(email, 'phone');
    const laptop = await signIn(email, 'laptop');
    const mySessions = await sessions(laptop.accessToken);
    expect(mySessions.edges.map((e) => [e.node.userAgent, e.node.current])).toEqual([
      ['laptop', true],
      ['phone', false],
    ]);
    expect(mySessions.edges[0].node.ip).toContain('127.0.0.1');
  });

  it('rotate refresh tokens, which are stored only as hashes', async () => {
    const { email } = await registerUser(stack.client);
    const first = await signIn(email);
    const second = ofType(await refresh(first.refreshToken), 'RefreshSuccess');
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await sessions(second.accessToken)).edges).toHaveLength(1);
    const rows = await stack
      .subgraph('accounts')
      .orm.em.fork()
      .execute('select token_hash from accounts.refresh_tokens');
    expect(JSON.stringify(rows)).not.toContain(first.refreshToken);
  });

  it('forgive a double submit within the grace window, but revoke the session on later reuse (audited)', async () => {
    const { id, email } = await registerUser(stack.client);
    const { refreshToken } = await signIn(email);
    const [a, b] = await Promise.all([refresh(refreshToken), refresh(refreshToken)]);
    expect([a.__typename, b.__typename]).toEqual(['RefreshSuccess', 'RefreshSuccess']);

    now += 11_000;
    expect(await refresh(refreshToken)).toMatchObject({
      __typename: 'InvalidRefreshTokenError',
      code: 'ACCOUNTS.INVALID_REFRESH_TOKEN',
    });
    // The thief's copy revoked the whole family, the legitimate newest token included.
    expect((await refresh(ofType(a, 'RefreshSuccess').refreshToken)).__typename).toBe('InvalidRefreshTokenError');
    const audit = await stack
      .subgraph('accounts')
      .orm.em.fork()
      .execute(`select action from accounts.audit_log where user_id = ? and action = 'REFRESH_TOKEN_REUSED'`, [id]);
    expect(audit).toHaveLength(1);
  });

  it('end with logout, and every one of them with logoutEverywhere', async () => {
    const { email } = await registerUser(stack.client);
    const one = await signIn(email);
    const two = await signIn(email);
    const three = await signIn(email);

    const { logout } = await stack.client.data(LogoutDocument, { token: one.accessToken });
    expect(logout.revokedSessions).toBe(1);
    expect((await refresh(one.refreshToken)).__typename).toBe('InvalidRefreshTokenError');
    expect((await refresh(two.refreshToken)).__typename).toBe('RefreshSuccess');

    const { logoutEverywhere } = await stack.client.data(LogoutEverywhereDocument, { token: three.accessToken });
    expect(logoutEverywhere.revokedSessions).toBe(2);
    expect((await refresh(three.refreshToken)).__typename).toBe('InvalidRefreshTokenError');
  });

  it('can be revoked one by one, but only your own', async () => {
    const mine = await registerUser(stack.client);
    const theirs = await registerUser(stack.client);
    const myPhone = await signIn(mine.email, 'phone');
    const myLaptop = await signIn(mine.email, 'laptop');
    const theirLogin = await signIn(theirs.email);
    const phone = (await sessions(myLaptop.accessToken)).edges.find((e) => e.node.userAgent === 'phone');
    const theirSessions = await sessions(theirLogin.accessToken);

    const stolen = await stack.client.data(RevokeSessionDocument, {
      token: myLaptop.accessToken,
      variables: { id: theirSessions.edges[0].node.id },
    });
    expect(stolen.revokeSession).toMatchObject({ code: 'ACCOUNTS.SESSION_NOT_FOUND' });
    expect((await refresh(theirLogin.refreshToken)).__typename).toBe('RefreshSuccess');

    const own = await stack.client.data(RevokeSessionDocument, {
      token: myLaptop.accessToken,
      variables: { id: present(phone, 'the phone session').node.id },
    });
    expect(own.revokeSession.__typename).toBe('LogoutSuccess');
    expect((await refresh(myPhone.refreshToken)).__typename).toBe('InvalidRefreshTokenError');
  });

  it('expire after their lifetime', async () => {
    const { email } = await registerUser(stack.client);
    const { refreshToken } = await signIn(email);
    now += 31 * 86_400_000;
    expect((await refresh(refreshToken)).__typename).toBe('InvalidRefreshTokenError');
  });

  it('refuse a made-up refresh token', async () => {
    expect((await refresh('not-a-token')).__typename).toBe('InvalidRefreshTokenError');
  });
});
