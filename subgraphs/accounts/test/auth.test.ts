import { hash } from '@node-rs/argon2';
import { countStatements } from '../../../test/support/sql-counter';
import { callSubgraph } from '../../../test/support/subgraph-client';
import { startTestStack, type TestStack } from '../../../test/support/test-stack';
import { PASSWORD, registerUser, signedInUser, uniqueEmail } from '../../../test/support/accounts/factories';
import { LoginDocument, MeDocument, RegisterDocument } from '../../../test/support/generated/graphql';
import { ofType } from '../../../test/support/graphql-client';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

describe('register', () => {
  it('creates an account that can sign in and read itself through the gateway', async () => {
    const email = uniqueEmail('Alice');
    const { register } = await stack.client.data(RegisterDocument, {
      variables: { input: { email, password: PASSWORD, displayName: '  Alice  ' } },
    });
    expect(register).toMatchObject({ __typename: 'RegisterSuccess', user: { displayName: 'Alice' } });

    const { login } = await stack.client.data(LoginDocument, {
      variables: { input: { email: email.toUpperCase(), password: PASSWORD } },
    });
    const success = ofType(login, 'LoginSuccess');
    expect(success.user.email).toBe(email.toLowerCase());
    expect(new Date(success.expiresAt).getTime()).toBeGreaterThan(Date.now());

    const { me } = await stack.client.data(MeDocument, { token: success.accessToken });
    expect(me).toMatchObject({ email: email.toLowerCase(), displayName: 'Alice', roles: ['GUEST'] });
  });

  it('answers malformed input with field errors, not a server error', async () => {
    const result = await stack.client.request(RegisterDocument, {
      variables: { input: { email: 'not-an-email', password: 'short', displayName: '' } },
    });
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    expect(result.data?.register).toMatchObject({
      __typename: 'ValidationError',
      code: 'VALIDATION.INVALID_INPUT',
      fieldErrors: [
        { path: ['input', 'email'], code: 'INVALID_FORMAT' },
        { path: ['input', 'password'], code: 'TOO_SHORT' },
        { path: ['input', 'displayName'], code: 'TOO_SHORT' },
      ],
    });
  });

  it('refuses a password longer than 128 characters', async () => {
    const { register } = await stack.client.data(RegisterDocument, {
      variables: { input: { email: uniqueEmail(), password: 'x'.repeat(129), displayName: 'Long' } },
    });
    expect(register).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['input', 'password'], code: 'TOO_LONG' }],
    });
  });

  it('refuses a common password', async () => {
    const { register } = await stack.client.data(RegisterDocument, {
      variables: { input: { email: uniqueEmail(), password: 'password1234', displayName: 'Common' } },
    });
    expect(register).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['input', 'password'], code: 'TOO_COMMON' }],
    });
  });

  it('treats emails that differ only in case as the same account', async () => {
    const { email } = await registerUser(stack.client);
    const { register } = await stack.client.data(RegisterDocument, {
      variables: { input: { email: email.toUpperCase(), password: PASSWORD, displayName: 'Copy' } },
    });
    expect(register).toMatchObject({ __typename: 'EmailTakenError', code: 'ACCOUNTS.EMAIL_TAKEN' });
  });

  it('lets exactly one of many concurrent sign-ups with one email win', async () => {
    const email = uniqueEmail('race');
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        stack.client.data(RegisterDocument, {
          variables: { input: { email, password: PASSWORD, displayName: 'Racer' } },
        }),
      ),
    );
    const kinds = results.map((r) => r.register.__typename).sort();
    expect(kinds.filter((k) => k === 'RegisterSuccess')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'EmailTakenError')).toHaveLength(7);
  });

  it('stores an argon2id hash, never the password', async () => {
    const { id } = await registerUser(stack.client);
    const rows = await stack
      .subgraph('accounts')
      .orm.em.fork()
      .getConnection()
      .execute('select password_hash from accounts.users where id = ?', [id]);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(JSON.stringify(rows)).not.toContain(PASSWORD);
  });
});

describe('login', () => {
  it('gives the same answer for a wrong password and an unknown email', async () => {
    const { email } = await registerUser(stack.client);
    const wrongPassword = await stack.client.data(LoginDocument, {
      variables: { input: { email, password: 'wrong password!' } },
    });
    const unknownEmail = await stack.client.data(LoginDocument, {
      variables: { input: { email: uniqueEmail('nobody'), password: PASSWORD } },
    });
    expect(wrongPassword.login).toEqual({
      __typename: 'InvalidCredentialsError',
      code: 'ACCOUNTS.INVALID_CREDENTIALS',
      message: 'The email or password is incorrect.',
    });
    expect(unknownEmail.login).toEqual(wrongPassword.login);
  });

  it('upgrades a hash made with weaker parameters on the next successful login', async () => {
    const { id, email } = await registerUser(stack.client);
    const em = stack.subgraph('accounts').orm.em.fork();
    const weak = await hash(PASSWORD, { memoryCost: 8192, timeCost: 1, parallelism: 1 });
    await em.execute('update accounts.users set password_hash = ? where id = ?', [weak, id]);
    const { login } = await stack.client.data(LoginDocument, {
      variables: { input: { email, password: PASSWORD } },
    });
    expect(login.__typename).toBe('LoginSuccess');
    const [row] = await em.execute('select password_hash from accounts.users where id = ?', [id]);
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('answers empty fields with field errors', async () => {
    const { login } = await stack.client.data(LoginDocument, { variables: { input: { email: '', password: '' } } });
    expect(login).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [
        { path: ['input', 'email'], code: 'TOO_SHORT' },
        { path: ['input', 'password'], code: 'TOO_SHORT' },
      ],
    });
  });
});

describe('me', () => {
  it('is refused without a token', async () => {
    const result = await stack.client.request(MeDocument);
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeUndefined();
  });

  it('is refused by the subgraph too when a request without a token reaches it', async () => {
    const response = await callSubgraph(stack.subgraph('accounts').url, { query: '{ me { id } }' });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a tampered token at the gateway with HTTP 401', async () => {
    const { token } = await signedInUser(stack.client);
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: 'someone-else' }),
    ).toString('base64url');
    const result = await stack.client.request(MeDocument, { token: `${header}.${forged}.${signature}` });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('a burst of sign-ups', () => {
  it('queues the password hashing and answers every one', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, () =>
        stack.client.request(RegisterDocument, {
          variables: { input: { email: uniqueEmail('burst'), password: PASSWORD, displayName: 'Burst' } },
        }),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(results.map((r) => r.data?.register.__typename)).toEqual(Array(40).fill('RegisterSuccess'));
  });
});

describe('User by reference', () => {
  it('resolves 100 users in one SQL statement and hides their emails from others', async () => {
    // Ten sign-ups at a time: the point is 100 users, not 100 concurrent password hashes on a busy machine.
    const users: { id: string }[] = [];
    for (let batch = 0; batch < 10; batch += 1)
      users.push(...(await Promise.all(Array.from({ length: 10 }, () => registerUser(stack.client)))));
    const accounts = stack.subgraph('accounts');
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { id email } } }`;
    let response: Response | undefined;
    const statements = await countStatements(accounts.orm, async () => {
      response = await callSubgraph(accounts.url, {
        query,
        variables: { representations: users.map((u) => ({ __typename: 'User', id: u.id })) },
      });
    });
    const body = (await response!.json()) as { data: { _entities: { id: string; email: string | null }[] } };
    expect(statements).toBe(1);
    expect(body.data._entities.map((u) => u.id)).toEqual(users.map((u) => u.id));
    expect(body.data._entities.every((u) => u.email === null)).toBe(true);
  });
});
