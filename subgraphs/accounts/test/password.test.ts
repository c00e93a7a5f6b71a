import { linkToken, mailTo, waitForMail } from '../../../test/support/mailbox';
import { useStackWithWorker } from '../../../test/support/stack-with-worker';
import { PASSWORD, registerUser, signIn, uniqueEmail } from '../../../test/support/accounts/factories';

const NEW_PASSWORD = 'a brand new passphrase';
const REQUEST_RESET = /* GraphQL */ `
  mutation Request($email: String!) {
    requestPasswordReset(email: $email) {
      __typename
      ... on PasswordResetRequested {
        message
      }
      ... on UserError {
        code
      }
    }
  }
`;
const RESET = /* GraphQL */ `
  mutation Reset($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      __typename
      ... on UserError {
        code
      }
      ... on ValidationError {
        fieldErrors {
          path
          code
        }
      }
    }
  }
`;
const CHANGE = /* GraphQL */ `
  mutation Change($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      __typename
      ... on PasswordChanged {
        signedOutSessions
      }
      ... on UserError {
        code
      }
    }
  }
`;
const REFRESH = /* GraphQL */ `
  mutation R($t: String!) {
    refreshToken(refreshToken: $t) {
      __typename
    }
  }
`;

type RequestData = { requestPasswordReset: { __typename: string; message?: string } };
type ResetData = {
  resetPassword: { __typename: string; code?: string; fieldErrors?: { path: string[]; code: string }[] };
};
type ChangeData = { changePassword: { __typename: string; signedOutSessions?: number; code?: string } };

const running = useStackWithWorker();
const mailDir = () => running.worker.config.mail.dir;

const requestReset = (email: string) =>
  running.stack.client.data<RequestData>(REQUEST_RESET, { variables: { email } }).then((d) => d.requestPasswordReset);
const reset = (token: string, newPassword = NEW_PASSWORD) =>
  running.stack.client
    .data<ResetData>(RESET, { variables: { input: { token, newPassword } } })
    .then((d) => d.resetPassword);
const refresh = (t: string) =>
  running.stack.client
    .data<{ refreshToken: { __typename: string } }>(REFRESH, { variables: { t } })
    .then((d) => d.refreshToken.__typename);

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
    expect(await reset(token, 'yet another passphrase')).toEqual({
      __typename: 'InvalidLinkError',
      code: 'ACCOUNTS.INVALID_LINK',
    });

    expect(await refresh(before.refreshToken)).toBe('InvalidRefreshTokenError');
    await expect(signIn(running.stack.client, email)).rejects.toThrow(/InvalidCredentialsError/);
    await expect(signIn(running.stack.client, email, NEW_PASSWORD)).resolves.toBeDefined();
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

    const wrong = await running.stack.client.data<ChangeData>(CHANGE, {
      token: laptop.token,
      variables: { input: { currentPassword: 'wrong password!', newPassword: NEW_PASSWORD } },
    });
    expect(wrong.changePassword.__typename).toBe('WrongPasswordError');

    const changed = await running.stack.client.data<ChangeData>(CHANGE, {
      token: laptop.token,
      variables: { input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } },
    });
    expect(changed.changePassword).toEqual({ __typename: 'PasswordChanged', signedOutSessions: 1 });
    expect(await refresh(phone.refreshToken)).toBe('InvalidRefreshTokenError');
    expect(await refresh(laptop.refreshToken)).toBe('RefreshSuccess');
    await expect(signIn(running.stack.client, email, NEW_PASSWORD)).resolves.toBeDefined();
  });

  it('refuses a common new password', async () => {
    const { email } = await registerUser(running.stack.client);
    const { token } = await signIn(running.stack.client, email);
    const result = await running.stack.client.data<{ changePassword: { __typename: string } }>(CHANGE, {
      token,
      variables: { input: { currentPassword: PASSWORD, newPassword: 'password123' } },
    });
    expect(result.changePassword.__typename).toBe('ValidationError');
  });
});
