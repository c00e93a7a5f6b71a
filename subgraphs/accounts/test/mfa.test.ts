import { startTestStack, type TestStack } from '../../../test/support/test-stack';
import { totpCodeAt } from '../mfa/totp';
import { PASSWORD, registerUser, signIn } from '../../../test/support/accounts/factories';
import { LOGIN, type LoginData } from '../../../test/support/accounts/operations';

const ENROL = /* GraphQL */ `
  mutation Enrol($p: String!) {
    enrolMfa(currentPassword: $p) {
      __typename
      ... on MfaEnrolment {
        secret
        otpauthUri
      }
      ... on UserError {
        code
      }
    }
  }
`;
const CONFIRM = /* GraphQL */ `
  mutation Confirm($c: String!) {
    confirmMfa(code: $c) {
      __typename
      ... on MfaEnabled {
        recoveryCodes
      }
      ... on UserError {
        code
      }
    }
  }
`;
const DISABLE = /* GraphQL */ `
  mutation Disable($p: String!, $c: String!) {
    disableMfa(currentPassword: $p, code: $c) {
      __typename
      ... on UserError {
        code
      }
    }
  }
`;
const COMPLETE = /* GraphQL */ `
  mutation Complete($t: String!, $c: String!) {
    completeMfaLogin(challengeToken: $t, code: $c) {
      __typename
      ... on LoginSuccess {
        accessToken
        user {
          email
        }
      }
      ... on UserError {
        code
      }
    }
  }
`;

type EnrolData = { enrolMfa: { __typename: string; secret?: string; otpauthUri?: string } };
type ConfirmData = { confirmMfa: { __typename: string; recoveryCodes?: string[] } };
type CompleteData = { completeMfaLogin: { __typename: string; accessToken?: string; user?: { email: string } } };

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ env: { LOGIN_MAX_FAILURES: '5' } });
});
afterAll(() => stack?.stop());

const codeNow = (secret: string) => totpCodeAt(secret, new Date());

/** A user with MFA on: their TOTP secret and recovery codes. */
async function userWithMfa() {
  const { id, email } = await registerUser(stack.client);
  const { token } = await signIn(stack.client, email);
  const { enrolMfa } = await stack.client.data<EnrolData>(ENROL, { token, variables: { p: PASSWORD } });
  const secret = enrolMfa.secret as string;
  const { confirmMfa } = await stack.client.data<ConfirmData>(CONFIRM, { token, variables: { c: codeNow(secret) } });
  return { id, email, token, secret, recoveryCodes: confirmMfa.recoveryCodes as string[], enrolMfa, confirmMfa };
}

async function challenge(email: string): Promise<string> {
  const { login } = await stack.client.data<LoginData>(LOGIN, { variables: { input: { email, password: PASSWORD } } });
  if (login.__typename !== 'MfaRequired') throw new Error(`expected an MFA challenge, got ${login.__typename}`);
  return login.challengeToken;
}

const complete = (t: string, c: string) =>
  stack.client.data<CompleteData>(COMPLETE, { variables: { t, c } }).then((d) => d.completeMfaLogin);

describe('TOTP two-factor authentication', () => {
  it('enrols with the password, a secret and an otpauth URI, and turns on with a valid code', async () => {
    const { enrolMfa, confirmMfa } = await userWithMfa();
    expect(enrolMfa.otpauthUri).toMatch(/^otpauth:\/\/totp\/StayGraph:/);
    expect(confirmMfa.__typename).toBe('MfaEnabled');
    expect(confirmMfa.recoveryCodes).toHaveLength(10);
  });

  it('refuses enrolment with a wrong password, and confirmation with a wrong code', async () => {
    const { email } = await registerUser(stack.client);
    const { token } = await signIn(stack.client, email);
    const wrong = await stack.client.data<EnrolData>(ENROL, { token, variables: { p: 'not my password' } });
    expect(wrong.enrolMfa.__typename).toBe('WrongPasswordError');
    await stack.client.data<EnrolData>(ENROL, { token, variables: { p: PASSWORD } });
    const bad = await stack.client.data<ConfirmData>(CONFIRM, { token, variables: { c: '000000' } });
    expect(bad.confirmMfa.__typename).toBe('InvalidMfaCodeError');
  });

  it('stores the secret encrypted and the recovery codes hashed', async () => {
    const { id, secret, recoveryCodes } = await userWithMfa();
    const em = stack.subgraph('accounts').orm.em.fork();
    const [row] = await em.execute<{ mfa_secret: string }[]>(`select mfa_secret from accounts.users where id = ?`, [
      id,
    ]);
    expect(row.mfa_secret).toMatch(/^v1\./);
    expect(row.mfa_secret).not.toContain(secret);
    const codes = await em.execute(`select code_hash from accounts.mfa_recovery_codes where user_id = ?`, [id]);
    expect(codes).toHaveLength(10);
    expect(JSON.stringify(codes)).not.toContain(recoveryCodes[0].replace(/-/g, ''));
  });

  it('turns login into a challenge completed with a code, which cannot be used twice', async () => {
    const { email, secret } = await userWithMfa();
    const first = await challenge(email);
    expect(await complete(first, '123456')).toMatchObject({
      __typename: 'InvalidMfaCodeError',
      code: 'ACCOUNTS.INVALID_MFA_CODE',
    });
    // The code used to confirm enrolment was this time step's; the next step's is still unused.
    const code = totpCodeAt(secret, new Date(Date.now() + 30_000));
    const done = await complete(first, code);
    expect(done).toMatchObject({ __typename: 'LoginSuccess', user: { email } });
    expect(await complete(first, code)).toMatchObject({ __typename: 'InvalidMfaChallengeError' });
    expect(await complete(await challenge(email), code)).toMatchObject({ __typename: 'InvalidMfaCodeError' });
  });

  it('accepts each recovery code once', async () => {
    const { email, recoveryCodes } = await userWithMfa();
    expect((await complete(await challenge(email), recoveryCodes[3].toLowerCase())).__typename).toBe('LoginSuccess');
    expect((await complete(await challenge(email), recoveryCodes[3])).__typename).toBe('InvalidMfaCodeError');
  });

  it('locks the second step after repeated wrong codes, even across new challenges', async () => {
    const { email, recoveryCodes } = await userWithMfa();
    const outcomes: string[] = [];
    for (let i = 0; i < 6; i++) outcomes.push((await complete(await challenge(email), '000000')).__typename);
    expect(outcomes).toEqual([...Array(5).fill('InvalidMfaCodeError'), 'TooManyAttemptsError']);
    expect((await complete(await challenge(email), recoveryCodes[0])).__typename).toBe('TooManyAttemptsError');
  });

  it('turns off with the password and a code, after which login needs no second step', async () => {
    const { email, token, recoveryCodes } = await userWithMfa();
    const wrongCode = await stack.client.data<{ disableMfa: { __typename: string } }>(DISABLE, {
      token,
      variables: { p: PASSWORD, c: '000000' },
    });
    expect(wrongCode.disableMfa.__typename).toBe('InvalidMfaCodeError');
    const off = await stack.client.data<{ disableMfa: { __typename: string } }>(DISABLE, {
      token,
      variables: { p: PASSWORD, c: recoveryCodes[1] },
    });
    expect(off.disableMfa.__typename).toBe('MfaDisabled');
    const { login } = await stack.client.data<LoginData>(LOGIN, {
      variables: { input: { email, password: PASSWORD } },
    });
    expect(login.__typename).toBe('LoginSuccess');
  });
});
