import { linkToken, mailTo, waitForMail } from '../../../test/support/mailbox';
import { useStackWithWorker } from '../../../test/support/stack-with-worker';
import { PASSWORD, registerUser, signIn, uniqueEmail } from '../../../test/support/accounts/factories';
import {
  ChangePasswordDocument,
  MeDocument,
  RefreshTokenDocument,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
} from '../../../test/support/generated/graphql';

const NEW_PASSWORD = 'a brand new passphrase';

const running = useStackWithWorker();
const mailDir = () => running.worker.config.mail.dir;

const requestReset = (email: string) =>
  running.stack.client.data(RequestPasswordResetDocument, { variables: { email } }).then((d) => d.requestPasswordReset);
const reset = (token: string, newPassword = NEW_PASSWORD) =>
  running.stack.client
    .data(ResetPasswordDocument, { variables: { input: { token, newPassword } } })
    .then((d) => d.resetPassword);
const refresh = (refreshToken: string) =>
  running.stack.client
    .data(RefreshTokenDocument, { variables: { refreshToken } })
    .then((d) => d.refreshToken.__typename);
const changePassword = (token: string, currentPassword: string, newPassword: string) =>
  running.stack.client
    .data(ChangePasswordDocument, { token, variables: { input: { currentPassword, newPassword } } })
    .then((d) => d.changePassword);

describe('password reset', () => {
  it('answers the same for an unknown address, and emails nobody', async () => {
    const unknown = uniqueEmail('nobody');
    const { email } = await registerUser(running.stack.client);
    expect(await requestReset(unknown)).toEqual(await requestReset(email));
    await waitForMail(mailDir(), email, 'Reset your StayGraph password');
    expect(mailTo(mailDir(), unknown)).toEqual([]);
  });

  it('sets a new password with a single-use link and signs out every session', async () => {
    const { email } = await registerUser(running.stack.client);
    const before = await signIn(running.stack.client, email);
    await requestReset(email);
    const token = linkToken(await waitForMail(mailDir(), email, 'Reset your StayGraph password'));

    expect(await reset(token, 'short')).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['input', 'newPassword'], code: 'TOO_SHORT' }],
    });
    expect(await reset(token)).toEqual({ __typename: 'PasswordReset' });
    expect(await reset(token, 'yet another passphrase')).toMatchObject({
      __typename: 'InvalidLinkError',
      code: 'ACCOUNTS.INVALID_LINK',
    });

    expect(await refresh(before.refreshToken)).toBe('InvalidRefreshTokenError');
    // The access token of the ended session is refused at once, not when it expires.
    const stale = await running.stack.client.request(MeDocument, { token: before.token });
    expect([stale.status, stale.errors?.[0].extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    await expect(signIn(running.stack.client, email)).rejects.toThrow(/InvalidCredentialsError/);
    const fresh = await signIn(running.stack.client, email, NEW_PASSWORD);
    expect((await running.stack.client.request(MeDocument, { token: fresh.token })).status).toBe(200);
  });

  it('refuses an expired link', async () => {
    const { id, email } = await registerUser(running.stack.client);
    await requestReset(email);
    const token = linkToken(await waitForMail(mailDir(), email, 'Reset your StayGraph password'));
    await running.stack
      .subgraph('accounts')
      .orm.em.fork()
      .execute(`update accounts.one_time_tokens set expires_at = now() - interval '1 second' where user_id = ?`, [id]);
    expect((await reset(token)).__typename).toBe('InvalidLinkError');
  });
});

describe('changePassword', () => {
  it('needs the current password and signs out the other sessions, not this one', async () => {
    const { email } = await registerUser(running.stack.client);
    const phone = await signIn(running.stack.client, email);
    const laptop = await signIn(running.stack.client, email);

    const wrong = await changePassword(laptop.token, 'wrong password!', NEW_PASSWORD);
    expect(wrong.__typename).toBe('WrongPasswordError');
    const changed = await changePassword(laptop.token, PASSWORD, NEW_PASSWORD);
    expect(changed).toEqual({ __typename: 'PasswordChanged', signedOutSessions: 1 });
    expect(await refresh(phone.refreshToken)).toBe('InvalidRefreshTokenError');
    expect(await refresh(laptop.refreshToken)).toBe('RefreshSuccess');
    await expect(signIn(running.stack.client, email, NEW_PASSWORD)).resolves.toBeDefined();
  });

  it('refuses a common new password', async () => {
    const { email } = await registerUser(running.stack.client);
    const { token } = await signIn(running.stack.client, email);
    expect((await changePassword(token, PASSWORD, 'password123')).__typename).toBe('ValidationError');
  });
});
