import { decodeJwt } from 'jose';
import { callSubgraph } from '../../../test/support/subgraph-client';
import { startTestStack, type TestStack } from '../../../test/support/test-stack';
import {
  PASSWORD,
  registerUser,
  signedInAdmin,
  signedInUser,
  signedInVerifiedUser,
} from '../../../test/support/accounts/factories';
import {
  BecomeHostDocument,
  LoginDocument,
  MeDocument,
  RefreshTokenDocument,
  ReinstateUserDocument,
  SuspendUserDocument,
  type HostProfileInput,
} from '../../../test/support/generated/graphql';
import { ofType } from '../../../test/support/graphql-client';

// _entities is the accounts subgraph's own field, not the public API: a raw document.
const HOST_OF = /* GraphQL */ `
  query Host($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on User {
        displayName
        email
        hostProfile {
          displayName
          about
          languages
          responseTimeTarget
        }
      }
    }
  }
`;
const PROFILE: HostProfileInput = {
  displayName: 'Hana Host',
  about: 'Two flats by the sea.',
  languages: ['en', 'SW', 'en'],
  responseTimeTarget: 'WITHIN_AN_HOUR',
};

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

const em = () => stack.subgraph('accounts').orm.em.fork();
const becomeHost = (token: string, input: HostProfileInput = PROFILE) =>
  stack.client.data(BecomeHostDocument, { token, variables: { input } }).then((d) => d.becomeHost);
const refresh = (refreshToken: string) =>
  stack.client.data(RefreshTokenDocument, { variables: { refreshToken } }).then((d) => d.refreshToken);
const suspend = (token: string, userId: string, reason: string) =>
  stack.client
    .data(SuspendUserDocument, { token, variables: { input: { userId, reason } } })
    .then((d) => d.suspendUser);

describe('becomeHost', () => {
  it('adds the HOST role with a public host profile and hands back tokens that carry it', async () => {
    const user = await signedInVerifiedUser(stack.client, em());
    const result = ofType(await becomeHost(user.token), 'BecomeHostSuccess');
    expect(result.user).toEqual({ id: user.id, roles: ['GUEST', 'HOST'] });
    expect(decodeJwt(result.accessToken).roles).toEqual(['GUEST', 'HOST']);

    // Anyone may read a host's profile (here through the accounts subgraph's _entities, as other subgraphs do).
    const stranger = await signedInUser(stack.client);
    const response = await callSubgraph(
      stack.subgraph('accounts').url,
      { query: HOST_OF, variables: { representations: [{ __typename: 'User', id: user.id }] } },
      { headers: { authorization: `Bearer ${stranger.token}` } },
    );
    const { data } = (await response.json()) as { data: { _entities: unknown[] } };
    expect(data._entities).toEqual([
      {
        displayName: 'Test User',
        email: null,
        hostProfile: {
          displayName: 'Hana Host',
          about: 'Two flats by the sea.',
          languages: ['en', 'sw'],
          responseTimeTarget: 'WITHIN_AN_HOUR',
        },
      },
    ]);
  });

  it('hands back a refresh token that works', async () => {
    const user = await signedInVerifiedUser(stack.client, em());
    const result = ofType(await becomeHost(user.token), 'BecomeHostSuccess');
    expect((await refresh(result.refreshToken)).__typename).toBe('RefreshSuccess');
  });

  it('is refused in the subgraph too when the database says the email is not confirmed', async () => {
    const user = await signedInVerifiedUser(stack.client, em());
    await em().execute(`update accounts.users set email_verified_at = null where id = ?`, [user.id]);
    expect(await becomeHost(user.token)).toMatchObject({
      __typename: 'EmailNotVerifiedError',
      code: 'ACCOUNTS.EMAIL_NOT_VERIFIED',
    });
  });

  it('validates the profile and refuses a second time', async () => {
    const user = await signedInVerifiedUser(stack.client, em());
    const invalid = ofType(
      await becomeHost(user.token, { ...PROFILE, languages: ['xx'], displayName: '' }),
      'ValidationError',
    );
    expect(invalid.fieldErrors.map((e) => e.code).sort()).toEqual(['TOO_SHORT', 'UNKNOWN_LANGUAGE']);
    await becomeHost(user.token);
    expect((await becomeHost(user.token)).__typename).toBe('AlreadyHostError');
  });
});

describe('suspension', () => {
  it("refuses the user's still-valid access token at once, revokes sessions, blocks sign-in, and is undone by reinstatement", async () => {
    const admin = await signedInAdmin(stack.client, em());
    const user = await signedInUser(stack.client);
    expect((await stack.client.request(MeDocument, { token: user.token })).status).toBe(200);

    expect(await suspend(admin.token, user.id, 'fraud report #12')).toEqual({
      __typename: 'UserSuspensionChanged',
      user: { id: user.id, suspended: true },
    });

    const refused = await stack.client.request(MeDocument, { token: user.token });
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]).toMatchObject({
      message: 'This account is suspended.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect((await refresh(user.refreshToken)).__typename).toBe('InvalidRefreshTokenError');
    const login = await stack.client.data(LoginDocument, {
      variables: { input: { email: user.email, password: PASSWORD } },
    });
    expect(login.login.__typename).toBe('AccountSuspendedError');

    const reinstated = await stack.client.data(ReinstateUserDocument, {
      token: admin.token,
      variables: { userId: user.id },
    });
    expect(reinstated.reinstateUser.__typename).toBe('UserSuspensionChanged');
    const again = await stack.client.data(LoginDocument, {
      variables: { input: { email: user.email, password: PASSWORD } },
    });
    expect(again.login.__typename).toBe('LoginSuccess');

    const events = await em().execute<{ name: string }[]>(
      `select name from events.log where payload->>'userId' = ? order by occurred_at, id`,
      [user.id],
    );
    expect(events.map((e) => e.name)).toEqual(['user.registered', 'user.suspended', 'user.reinstated']);
    const audit = await em().execute<{ action: string; actor_id: string }[]>(
      `select action, actor_id from accounts.audit_log where user_id = ? and action like 'USER_%' order by occurred_at`,
      [user.id],
    );
    expect(audit).toEqual([
      { action: 'USER_SUSPENDED', actor_id: admin.id },
      { action: 'USER_REINSTATED', actor_id: admin.id },
    ]);
  });

  it('is for admins only, never of oneself, and of existing users', async () => {
    const admin = await signedInAdmin(stack.client, em());
    const guest = await signedInUser(stack.client);
    const byGuest = await stack.client.request(SuspendUserDocument, {
      token: guest.token,
      variables: { input: { userId: admin.id, reason: 'x' } },
    });
    expect(byGuest.status).toBe(403);
    expect((await suspend(admin.token, admin.id, 'x')).__typename).toBe('CannotSuspendSelfError');
    const unknown = await suspend(admin.token, '01900000-0000-7000-8000-000000000000', 'x');
    expect(unknown.__typename).toBe('UserNotFoundError');
    expect((await suspend(admin.token, guest.id, ' ')).__typename).toBe('ValidationError');
  });

  it('does not touch other users', async () => {
    const admin = await signedInAdmin(stack.client, em());
    const [target, bystander] = [await signedInUser(stack.client), await registerUser(stack.client)];
    await suspend(admin.token, target.id, 'spam');
    const login = await stack.client.data(LoginDocument, {
      variables: { input: { email: bystander.email, password: PASSWORD } },
    });
    expect(login.login.__typename).toBe('LoginSuccess');
  });
});
