import { linkToken, mailTo, waitForMail } from '../../../test/support/mailbox';
import { useStackWithWorker } from '../../../test/support/stack-with-worker';
import { waitFor } from '../../../test/support/wait-for';
import { PASSWORD, registerUser, signIn, uniqueEmail } from '../../../test/support/accounts/factories';

const VERIFY = /* GraphQL */ `
  mutation Verify($token: String!) {
    verifyEmail(token: $token) {
      __typename
      ... on VerifyEmailSuccess {
        email
      }
      ... on UserError {
        code
      }
    }
  }
`;
const CHANGE_EMAIL = /* GraphQL */ `
  mutation ChangeEmail($input: ChangeEmailInput!) {
    changeEmail(input: $input) {
      __typename
      ... on EmailChangeRequested {
        pendingEmail
      }
      ... on UserError {
        code
      }
    }
  }
`;
const RESEND = /* GraphQL */ `
  mutation {
    resendVerificationEmail {
      __typename
      ... on VerificationEmailSent {
        email
      }
      ... on UserError {
        code
      }
    }
  }
`;
const BECOME_HOST = /* GraphQL */ `
  mutation BecomeHost($input: HostProfileInput!) {
    becomeHost(input: $input) {
      __typename
    }
  }
`;
const ME = /* GraphQL */ `
  query {
    me {
      email
      emailVerified
    }
  }
`;
const HOST_PROFILE = { displayName: 'Vera', about: 'Hi', languages: ['en'], responseTimeTarget: 'WITHIN_A_DAY' };

type VerifyData = { verifyEmail: { __typename: string; code?: string; email?: string } };
type ChangeEmailData = { changeEmail: { __typename: string; code?: string; pendingEmail?: string } };

const running = useStackWithWorker();
const mailDir = () => running.worker.config.mail.dir;

const verify = (token: string) =>
  running.stack.client.data<VerifyData>(VERIFY, { variables: { token } }).then((d) => d.verifyEmail);

describe('email verification', () => {
  it('sends a single-use link at sign-up that confirms the address', async () => {
    const { email } = await registerUser(running.stack.client);
    const token = linkToken(await waitForMail(mailDir(), email, 'Confirm your email address'));

    const first = await verify(token);
    expect(first).toEqual({ __typename: 'VerifyEmailSuccess', email });
    expect(await verify(token)).toEqual({ __typename: 'InvalidLinkError', code: 'ACCOUNTS.INVALID_LINK' });
    expect(await verify('not-a-token')).toMatchObject({ __typename: 'InvalidLinkError' });
  });

  it('stores only a hash of the emailed secret, never the secret itself', async () => {
    const { id, email } = await registerUser(running.stack.client);
    const token = linkToken(await waitForMail(mailDir(), email, 'Confirm your email address'));
    const rows = await running.stack
      .subgraph('accounts')
      .orm.em.fork()
      .execute<{ token_hash: string }[]>(`select token_hash from accounts.one_time_tokens where user_id = ?`, [id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(token);
    // The event log keeps every payload for good: the secret must never be in one.
    const events = await running.stack
      .subgraph('accounts')
      .orm.em.fork()
      .execute(`select id from events.log where payload::text like ?`, [`%${token}%`]);
    expect(events).toEqual([]);
  });

  it('lets an unverified user browse but not host, until a refreshed token says the address is confirmed', async () => {
    const { email } = await registerUser(running.stack.client);
    const session = await signIn(running.stack.client, email);
    const me = await running.stack.client.data<{ me: { emailVerified: boolean } }>(ME, { token: session.token });
    expect(me.me.emailVerified).toBe(false);

    const refused = await running.stack.client.request(BECOME_HOST, {
      token: session.token,
      variables: { input: HOST_PROFILE },
    });
    expect(refused.status).toBe(403);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    await verify(linkToken(await waitForMail(mailDir(), email, 'Confirm your email address')));
    const refreshed = await running.stack.client.data<{ refreshToken: { accessToken: string } }>(
      `mutation R($t: String!) { refreshToken(refreshToken: $t) { ... on RefreshSuccess { accessToken } } }`,
      { variables: { t: session.refreshToken } },
    );
    const allowed = await running.stack.client.data<{ becomeHost: { __typename: string } }>(BECOME_HOST, {
      token: refreshed.refreshToken.accessToken,
      variables: { input: HOST_PROFILE },
    });
    expect(allowed.becomeHost.__typename).toBe('BecomeHostSuccess');
  });

  it('resends the link on request, and says so when the address is already confirmed', async () => {
    const { email } = await registerUser(running.stack.client);
    const { token } = await signIn(running.stack.client, email);
    const first = linkToken(await waitForMail(mailDir(), email, 'Confirm your email address'));
    const { resendVerificationEmail } = await running.stack.client.data<{
      resendVerificationEmail: { __typename: string };
    }>(RESEND, { token });
    expect(resendVerificationEmail.__typename).toBe('VerificationEmailSent');
    const confirmations = () => mailTo(mailDir(), email).filter((m) => m.includes('Subject: Confirm your email'));
    const [, resent] = await waitFor(async () => confirmations().length === 2 && confirmations(), {
      what: 'the second link',
    });
    const second = linkToken(resent);
    // The newer link replaces the older one.
    expect((await verify(first)).__typename).toBe('InvalidLinkError');
    expect((await verify(second)).__typename).toBe('VerifyEmailSuccess');
    const again = await running.stack.client.data<{ resendVerificationEmail: { __typename: string } }>(RESEND, {
      token,
    });
    expect(again.resendVerificationEmail.__typename).toBe('AlreadyVerifiedError');
  });
});

describe('changeEmail', () => {
  it('needs the current password, and changes the address only when the new one is confirmed', async () => {
    const { email } = await registerUser(running.stack.client);
    const { token } = await signIn(running.stack.client, email);
    const newEmail = uniqueEmail('moved');

    const wrong = await running.stack.client.data<ChangeEmailData>(CHANGE_EMAIL, {
      token,
      variables: { input: { newEmail, currentPassword: 'not my password' } },
    });
    expect(wrong.changeEmail).toMatchObject({ __typename: 'WrongPasswordError', code: 'ACCOUNTS.WRONG_PASSWORD' });

    const requested = await running.stack.client.data<ChangeEmailData>(CHANGE_EMAIL, {
      token,
      variables: { input: { newEmail, currentPassword: PASSWORD } },
    });
    expect(requested.changeEmail).toEqual({ __typename: 'EmailChangeRequested', pendingEmail: newEmail });
    expect((await running.stack.client.data<{ me: { email: string } }>(ME, { token })).me.email).toBe(email);

    const link = linkToken(await waitForMail(mailDir(), newEmail, 'Confirm your email address'));
    expect(await verify(link)).toEqual({ __typename: 'VerifyEmailSuccess', email: newEmail });
    expect(
      (await running.stack.client.data<{ me: { email: string; emailVerified: boolean } }>(ME, { token })).me,
    ).toEqual({ email: newEmail, emailVerified: true });
    await expect(signIn(running.stack.client, newEmail)).resolves.toBeDefined();
    await expect(signIn(running.stack.client, email)).rejects.toThrow(/InvalidCredentialsError/);
  });

  it('refuses an address another account uses', async () => {
    const taken = await registerUser(running.stack.client);
    const { email } = await registerUser(running.stack.client);
    const { token } = await signIn(running.stack.client, email);
    const result = await running.stack.client.data<ChangeEmailData>(CHANGE_EMAIL, {
      token,
      variables: { input: { newEmail: taken.email.toUpperCase(), currentPassword: PASSWORD } },
    });
    expect(result.changeEmail.__typename).toBe('EmailTakenError');
  });

  it('answers a malformed address with a field error', async () => {
    const { email } = await registerUser(running.stack.client);
    const { token } = await signIn(running.stack.client, email);
    const result = await running.stack.client.data<ChangeEmailData>(CHANGE_EMAIL, {
      token,
      variables: { input: { newEmail: 'nope', currentPassword: PASSWORD } },
    });
    expect(result.changeEmail.__typename).toBe('ValidationError');
  });
});
