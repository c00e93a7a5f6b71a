import { startTestStack, type TestStack } from '../../../test/support/test-stack';
import { PASSWORD, registerUser, uniqueEmail } from '../../../test/support/accounts/factories';
import { LoginDocument, RegisterDocument } from '../../../test/support/generated/graphql';

type Outcome = { __typename: string; retryAfterSeconds?: number };

/** One document, `count` aliased login attempts: each must count on its own. */
function aliasedLogins(passwords: string[]): string {
  const fields = passwords.map(
    (password, i) =>
      `a${i}: login(input: { email: $email, password: ${JSON.stringify(password)} }) { __typename ... on TooManyAttemptsError { retryAfterSeconds } }`,
  );
  return `mutation Guess($email: String!) { ${fields.join('\n')} }`;
}

async function attempts(stack: TestStack, email: string, passwords: string[]): Promise<Outcome[]> {
  const data = await stack.client.data<Record<string, Outcome>>(aliasedLogins(passwords), {
    variables: { email },
    headers: { 'user-agent': 'guesser/1.0' },
  });
  return passwords.map((_, i) => data[`a${i}`]);
}

const wrong = (n: number) => Array.from({ length: n }, (_, i) => `wrong password ${i}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('per-account lockout', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({
      env: { LOGIN_MAX_FAILURES: '3', LOCKOUT_BASE_SECONDS: '1', LOCKOUT_MAX_SECONDS: '60' },
    });
  });
  afterAll(() => stack?.stop());

  it('counts aliased attempts in one document one by one, then refuses even the right password', async () => {
    const { email } = await registerUser(stack.client);
    const outcomes = await attempts(stack, email, [...wrong(4), PASSWORD]);
    expect(outcomes.map((o) => o.__typename)).toEqual([
      'InvalidCredentialsError',
      'InvalidCredentialsError',
      'InvalidCredentialsError',
      'TooManyAttemptsError',
      'TooManyAttemptsError',
    ]);
    expect(outcomes[3].retryAfterSeconds).toBe(1);
  });

  it('locks an unknown email exactly like a known one, so lockouts reveal nothing', async () => {
    const outcomes = await attempts(stack, uniqueEmail('ghost'), wrong(4));
    expect(outcomes.map((o) => o.__typename)).toEqual([
      'InvalidCredentialsError',
      'InvalidCredentialsError',
      'InvalidCredentialsError',
      'TooManyAttemptsError',
    ]);
  });

  it('lets no more than the allowance through when guesses arrive in parallel', async () => {
    const { email } = await registerUser(stack.client);
    const results = await Promise.all(
      wrong(10).map((password) =>
        stack.client.data(LoginDocument, { variables: { input: { email, password } } }).then((d) => d.login.__typename),
      ),
    );
    expect(results.filter((r) => r === 'InvalidCredentialsError')).toHaveLength(3);
    expect(results.filter((r) => r === 'TooManyAttemptsError')).toHaveLength(7);
  });

  it('doubles the lockout each time it is reached again, and a right password afterwards clears the count', async () => {
    const { email } = await registerUser(stack.client);
    expect((await attempts(stack, email, wrong(4)))[3].retryAfterSeconds).toBe(1);
    await sleep(1100);
    expect((await attempts(stack, email, wrong(4)))[3].retryAfterSeconds).toBe(2);
    await sleep(2100);
    const [success, ...after] = await attempts(stack, email, [PASSWORD, ...wrong(3)]);
    expect(success.__typename).toBe('LoginSuccess');
    expect(after.map((o) => o.__typename)).toEqual([
      'InvalidCredentialsError',
      'InvalidCredentialsError',
      'InvalidCredentialsError',
    ]);
  });

  it('writes every attempt and the lockout to the audit trail with address, agent and request id, and no password', async () => {
    const { id, email } = await registerUser(stack.client);
    await attempts(stack, email, wrong(4));
    const rows = await stack
      .subgraph('accounts')
      .orm.em.fork()
      .execute<{ action: string; ip: string; user_agent: string; request_id: string; details: object }[]>(
        `select action, ip, user_agent, request_id, details from accounts.audit_log where user_id = ? order by occurred_at, action`,
        [id],
      );
    expect(rows.map((r) => r.action).sort()).toEqual([
      'ACCOUNT_LOCKED',
      'LOGIN_FAILED',
      'LOGIN_FAILED',
      'LOGIN_FAILED',
      'LOGIN_FAILED',
    ]);
    for (const row of rows) {
      expect(row.ip).toMatch(/127\.0\.0\.1/);
      expect(row.user_agent).toBe('guesser/1.0');
      expect(row.request_id).toBeTruthy();
      expect(JSON.stringify(row)).not.toContain('wrong password');
    }
  });
});

describe('per-address limits', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ env: { LOGIN_MAX_FAILURES_PER_IP: '4', REGISTER_MAX_PER_IP: '3' } });
  });
  afterAll(() => stack?.stop());

  it('stop one address guessing across many accounts', async () => {
    const outcomes = await Promise.all(
      [1, 2, 3, 4, 5, 6].map(() => attempts(stack, uniqueEmail('spray'), ['Password123!'])),
    );
    const kinds = outcomes.map(([o]) => o.__typename);
    expect(kinds.filter((k) => k === 'InvalidCredentialsError')).toHaveLength(4);
    expect(kinds.filter((k) => k === 'TooManyAttemptsError')).toHaveLength(2);
  });

  it('limit sign-ups, which are what can tell whether an email is registered', async () => {
    const kinds: string[] = [];
    for (let i = 0; i < 4; i++) {
      const { register } = await stack.client.data(RegisterDocument, {
        variables: { input: { email: uniqueEmail('signup'), password: PASSWORD, displayName: 'Sig' } },
      });
      kinds.push(register.__typename);
    }
    expect(kinds).toEqual(['RegisterSuccess', 'RegisterSuccess', 'RegisterSuccess', 'TooManyAttemptsError']);
  });
});
