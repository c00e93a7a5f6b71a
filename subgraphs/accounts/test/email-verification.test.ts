import { linkToken, mailTo, waitForMail } from '../../../test/support/mailbox';
import { useStackWithWorker } from '../../../test/support/stack-with-worker';
import { waitFor } from '../../../test/support/wait-for';
import { PASSWORD, registerUser, signIn, uniqueEmail } from '../../../test/support/accounts/factories';

import {
  BecomeHostDocument,
  ChangeEmailDocument,
  MeDocument,
  RefreshTokenDocument,
  ResendVerificationEmailDocument,
  VerifyEmailDocument,
  type HostProfileInput,
} from '../../../test/support/generated/graphql';
import { ofType } from '../../../test/support/graphql-client';

const HOST_PROFILE: HostProfileInput = {
  displayName: 'Vera',
  about: 'Hi',
  languages: ['en'],
  responseTimeTarget: 'WITHIN_A_DAY',
};

const running = useStackWithWorker();
const mailDir = () => running.worker.config.mail.dir;

const verify = (token: string) =>
  running.stack.client.data(VerifyEmailDocument, { variables: { token } }).then((d) => d.verifyEmail);
const me = (token: string) => running.stack.client.data(MeDocument, { token }).then((d) => d.me);
const resend = (token: string) =>
  running.stack.client.data(ResendVerificationEmailDocument, { token }).then((d) => d.resendVerificationEmail);
const changeEmail = (token: string, newEmail: string, currentPassword: string) =>
  running.stack.client
    .data(ChangeEmailDocument, { token, variables: { input: { newEmail, currentPassword } } })
    .then((d) => d.changeEmail);

describe('email verification', () => {
  it('sends a single-use link at sign-up that confirms the address', async () => {
    const { email } = await registerUser(running.stack.client);
    const token = linkToken(await waitForMail(mailDir(), email, 'Confirm your email address'));

    const first = await verify(token);
    expect(first).toEqual({ __typename: 'VerifyEmailSuccess', email });
    expect(await verify(token)).toMatchObject({ __typename: 'InvalidLinkError', code: 'ACCOUNTS.INVALID_LINK' });
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
    expect((await me(session.token))?.emailVerified).toBe(false);

    const refused = await running.stack.client.request(BecomeHostDocument, {
      token: session.token,
      variables: { input: HOST_PROFILE },
    });
    expect(refused.status).toBe(403);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    await verify(linkToken(await waitForMail(mailDir(), email, 'Confirm your email address')));
    const { refreshToken } = await running.stack.client.data(RefreshTokenDocument, {
      variables: { refreshToken: session.refreshToken },
    });
    const allowed = await running.stack.client.data(BecomeHostDocument, {
      token: ofType(refreshToken, 'RefreshSuccess').accessToken,
      variables: { input: HOST_PROFILE },
    });
    expect(allowed.becomeHost.__typename).toBe('BecomeHostSuccess');
  });

  it('resends the link on request, and says so when the address is already confirmed', async () => {
    const { email } = await registerUser(running.stack.client);
    const { token } = await signIn(running.stack.client, email);
    const first = linkToken(await waitForMail(mailDir(), email, 'Confirm your email address'));
    expect((await resend(token)).__typename).toBe('VerificationEmailSent');
    const confirmations = () => mailTo(mailDir(), email).filter((m) => m.includes('Subject: Confirm your email'));
    const [, resent] = await waitFor(async () => confirmations().length === 2 && confirmations(), {
      what: 'the second link',
    });
    const second = linkToken(resent);
    // The newer link replaces the older one.
    expect((await verify(first)).__typename).toBe('InvalidLinkError');
    expect((await verify(second)).__typename).toBe('VerifyEmailSuccess');
    expect((await resend(token)).__typename).toBe('AlreadyVerifiedError');
  });
});

describe('changeEmail', () => {
  it('needs the current password, and changes the address only when the new one is confirmed', async () => {
    const { email } = await registerUser(running.stack.client);
    const { token } = await signIn(running.stack.client, email);
    const newEmail = uniqueEmail('moved');

    expect(await changeEmail(token, newEmail, 'not my password')).toMatchObject({
      __typename: 'WrongPasswordError',
      code: 'ACCOUNTS.WRONG_PASSWORD',
    });
    expect(await changeEmail(token, newEmail, PASSWORD)).toEqual({
      __typename: 'EmailChangeRequested',
      pendingEmail: newEmail,
    });
    expect((await me(token))?.email).toBe(email);

    const link = linkToken(await waitForMail(mailDir(), newEmail, 'Confirm your email address'));
    expect(await verify(link)).toEqual({ __typename: 'VerifyEmailSuccess', email: newEmail });
    expect(await me(token)).toMatchObject({ email: newEmail, emailVerified: true });
    await expect(signIn(running.stack.client, newEmail)).resolves.toBeDefined();
    await expect(signIn(running.stack.client, email)).rejects.toThrow(/InvalidCredentialsError/);
  });

  it('refuses an address another account uses', async () => {
    const taken = await registerUser(running.stack.client);
    const { email } = await registerUser(running.stack.client);
    const { token } = await signIn(running.stack.client, email);
    expect((await changeEmail(token, taken.email.toUpperCase(), PASSWORD)).__typename).toBe('EmailTakenError');
  });

  it('answers a malformed address with a field error', async () => {
    const { email } = await registerUser(running.stack.client);
    const { token } = await signIn(running.stack.client, email);
    expect((await changeEmail(token, 'nope', PASSWORD)).__typename).toBe('ValidationError');
  });
});
