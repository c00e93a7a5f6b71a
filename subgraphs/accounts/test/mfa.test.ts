import { startTestStack, type TestStack } from '../../../test/support/test-stack';
import { totpCodeAt } from '../mfa/totp';
import { PASSWORD, registerUser, signIn } from '../../../test/support/accounts/factories';
import {
  CompleteMfaLoginDocument,
  ConfirmMfaDocument,
  DisableMfaDocument,
  EnrolMfaDocument,
  LoginDocument,
} from '../../../test/support/generated/graphql';
import { ofType } from '../../../test/support/graphql-client';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ env: { LOGIN_MAX_FAILURES: '5' } });
});
afterAll(() => stack?.stop());

const codeNow = (secret: string) => totpCodeAt(secret, new Date());
const enrol = (token: string, currentPassword: string) =>
  stack.client.data(EnrolMfaDocument, { token, variables: { currentPassword } }).then((d) => d.enrolMfa);
const confirm = (token: string, code: string) =>
  stack.client.data(ConfirmMfaDocument, { token, variables: { code } }).then((d) => d.confirmMfa);
const disable = (token: string, currentPassword: string, code: string) =>
  stack.client.data(DisableMfaDocument, { token, variables: { currentPassword, code } }).then((d) => d.disableMfa);

/** A user with MFA on: their TOTP secret and recovery codes. */
async function userWithMfa() {
  const { id, email } = await registerUser(stack.client);
  const { token } = await signIn(stack.client, email);
  const enrolMfa = await enrol(token, PASSWORD).then((result) => ofType(result, 'MfaEnrolment'));
  const confirmMfa = await confirm(token, codeNow(enrolMfa.secret)).then((result) => ofType(result, 'MfaEnabled'));
  const { secret } = enrolMfa;
  return { id, email, token, secret, recoveryCodes: confirmMfa.recoveryCodes, enrolMfa, confirmMfa };
}

async function challenge(email: string): Promise<string> {
  const { login } = await stack.client.data(LoginDocument, { variables: { input: { email, password: PASSWORD } } });
  return ofType(login, 'MfaRequired').challengeToken;
}

const complete = (challengeToken: string, code: string) =>
  stack.client.data(CompleteMfaLoginDocument, { variables: { challengeToken, code } }).then((d) => d.completeMfaLogin);

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
    expect((await enrol(token, 'not my password')).__typename).toBe('WrongPasswordError');
    await enrol(token, PASSWORD);
    expect((await confirm(token, '000000')).__typename).toBe('InvalidMfaCodeError');
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
    expect((await disable(token, PASSWORD, '000000')).__typename).toBe('InvalidMfaCodeError');
    expect((await disable(token, PASSWORD, recoveryCodes[1])).__typename).toBe('MfaDisabled');
    const { login } = await stack.client.data(LoginDocument, {
      variables: { input: { email, password: PASSWORD } },
    });
    expect(login.__typename).toBe('LoginSuccess');
  });
});
