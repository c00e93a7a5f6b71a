import { startTestStack, type TestStack } from '../../../test/support/test-stack';
import { PASSWORD, signIn, signedInAdmin, signedInUser } from '../../../test/support/accounts/factories';
import {
  ChangePasswordDocument,
  LogoutDocument,
  LogoutEverywhereDocument,
  MeDocument,
  MySessionsDocument,
  RefreshTokenDocument,
  ReinstateUserDocument,
  RevokeSessionDocument,
  SuspendUserDocument,
} from '../../../test/support/generated/graphql';
import { ofType, present } from '../../../test/support/graphql-client';

// An access token lives 15 minutes; every check below runs within seconds of the session ending.
let now = Date.now();
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ clock: () => new Date(now) });
});
afterAll(() => stack?.stop());

const me = (token: string) => stack.client.request(MeDocument, { token });

async function expectRefused(token: string) {
  const response = await me(token);
  expect(response.status).toBe(401);
  expect(response.errors?.[0]).toMatchObject({
    message: 'The access token is invalid or expired.',
    extensions: { code: 'UNAUTHENTICATED' },
  });
}

async function expectAccepted(token: string) {
  expect((await me(token)).status).toBe(200);
}

/** A fresh sign-in after the session ended works. */
async function expectFreshSignInWorks(email: string) {
  await expectAccepted((await signIn(stack.client, email)).token);
}

describe('an access token of an ended session is refused at once', () => {
  it('after logout', async () => {
    const user = await signedInUser(stack.client);
    const other = await signIn(stack.client, user.email);
    await stack.client.data(LogoutDocument, { token: user.token });
    await expectRefused(user.token);
    await expectAccepted(other.token);
    await expectFreshSignInWorks(user.email);
  });

  it('after logoutEverywhere, on every device', async () => {
    const user = await signedInUser(stack.client);
    const other = await signIn(stack.client, user.email);
    await stack.client.data(LogoutEverywhereDocument, { token: user.token });
    await expectRefused(user.token);
    await expectRefused(other.token);
    await expectFreshSignInWorks(user.email);
  });

  it('after revokeSession, for the revoked session only', async () => {
    const user = await signedInUser(stack.client);
    const phone = await signIn(stack.client, user.email);
    const { mySessions } = await stack.client.data(MySessionsDocument, {
      token: user.token,
      variables: { first: 10 },
    });
    const phoneSession = present(
      mySessions.edges.find((edge) => !edge.node.current),
      'the other session',
    );
    await stack.client.data(RevokeSessionDocument, { token: user.token, variables: { id: phoneSession.node.id } });
    await expectRefused(phone.token);
    await expectAccepted(user.token);
  });

  it('after a password change, for every other session', async () => {
    const user = await signedInUser(stack.client);
    const other = await signIn(stack.client, user.email);
    const newPassword = 'another long passphrase';
    const { changePassword } = await stack.client.data(ChangePasswordDocument, {
      token: user.token,
      variables: { input: { currentPassword: PASSWORD, newPassword } },
    });
    expect(changePassword.__typename).toBe('PasswordChanged');
    await expectRefused(other.token);
    await expectAccepted(user.token);
    await expectAccepted((await signIn(stack.client, user.email, newPassword)).token);
  });

  it('after refresh-token reuse revoked the family, the newest access token included', async () => {
    const user = await signedInUser(stack.client);
    const rotated = await stack.client.data(RefreshTokenDocument, { variables: { refreshToken: user.refreshToken } });
    const newest = ofType(rotated.refreshToken, 'RefreshSuccess');
    now += 11_000;
    const reuse = await stack.client.data(RefreshTokenDocument, { variables: { refreshToken: user.refreshToken } });
    expect(reuse.refreshToken.__typename).toBe('InvalidRefreshTokenError');
    await expectRefused(user.token);
    await expectRefused(newest.accessToken);
    await expectFreshSignInWorks(user.email);
  });

  it('after a suspension, also once the user is reinstated', async () => {
    const admin = await signedInAdmin(stack.client, stack.subgraph('accounts').orm.em.fork());
    const user = await signedInUser(stack.client);
    await stack.client.data(SuspendUserDocument, {
      token: admin.token,
      variables: { input: { userId: user.id, reason: 'test' } },
    });
    await stack.client.data(ReinstateUserDocument, { token: admin.token, variables: { userId: user.id } });
    await expectRefused(user.token);
    await expectFreshSignInWorks(user.email);
  });
});
