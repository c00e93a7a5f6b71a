import { randomUUID } from 'node:crypto';
import { PASSWORD, uniqueEmail } from '../../../test/support/accounts/factories';
import { RegisterDocument, type RegisterInput } from '../../../test/support/generated/graphql';
import { codeOf, ofType } from '../../../test/support/graphql-client';
import { startTestStack, type TestStack } from '../../../test/support/test-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

const signUp = async (input: RegisterInput) =>
  (await stack.client.data(RegisterDocument, { variables: { input } })).register;

const keyed = (): RegisterInput => ({
  email: uniqueEmail('retry'),
  password: PASSWORD,
  displayName: 'Retry',
  idempotencyKey: randomUUID(),
});

describe('register with an idempotency key', () => {
  it('answers a sequential retry with the account the first attempt made', async () => {
    const input = keyed();
    const first = ofType(await signUp(input), 'RegisterSuccess');
    const again = ofType(await signUp(input), 'RegisterSuccess');
    expect(again.user.id).toBe(first.user.id);
  });

  it('makes one account for concurrent retries, and gives it to each of them', async () => {
    const input = keyed();
    const answers = await Promise.all(Array.from({ length: 6 }, () => signUp(input)));
    const ids = answers.map((answer) => ofType(answer, 'RegisterSuccess').user.id);
    expect(new Set(ids).size).toBe(1);
  });

  it.each([
    ['another display name', { displayName: 'Someone else' }],
    ['another password', { password: `${PASSWORD} but different` }],
    ['another email', { email: uniqueEmail('other') }],
  ])('refuses the key reused with %s', async (_, change) => {
    const input = keyed();
    ofType(await signUp(input), 'RegisterSuccess');
    expect(codeOf(await signUp({ ...input, ...change }))).toBe('ACCOUNTS.IDEMPOTENCY_KEY_REUSED');
  });

  it('still says the email is taken to a sign-up with another key or none', async () => {
    const input = keyed();
    ofType(await signUp(input), 'RegisterSuccess');
    expect(codeOf(await signUp({ ...input, idempotencyKey: randomUUID() }))).toBe('ACCOUNTS.EMAIL_TAKEN');
    expect(codeOf(await signUp({ ...input, idempotencyKey: null }))).toBe('ACCOUNTS.EMAIL_TAKEN');
  });
});
