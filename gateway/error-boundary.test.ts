import { randomUUID } from 'node:crypto';
import { LogCapture } from '../test/support/log-capture';
import { startTestStack, type TestStack } from '../test/support/test-stack';

/**
 * A real driver error, provoked through the public door: a CHECK constraint (added for this test,
 * NOT VALID so no existing row is touched) refuses display names with a marker, so `register`
 * fails inside the INSERT that carries the email and the new password's argon2 hash.
 */
const MARKER = `boundary-probe-${randomUUID().slice(0, 8)}`;
const CONSTRAINT = `test_refuse_${MARKER.replace(/-/g, '_')}`;

const REGISTER = /* GraphQL */ `
  mutation ($a: RegisterInput!) {
    register(input: $a) {
      __typename
    }
  }
`;

const capture = new LogCapture('info');
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ env: { NODE_ENV: 'development' }, loggerFor: capture.loggerFor });
  await stack
    .subgraph('accounts')
    .orm.em.fork()
    .execute(`alter table accounts.users add constraint ${CONSTRAINT} check (display_name <> '${MARKER}') not valid`);
});
afterAll(async () => {
  await stack?.subgraph('accounts').orm.em.fork().execute(`alter table accounts.users drop constraint ${CONSTRAINT}`);
  await stack?.stop();
});

/** Driver text (the statement, its values, PostgreSQL's message and detail) and the user's secrets. */
const DRIVER_TEXT = [
  /insert into/i,
  /argon2/,
  /violates/,
  /Failing row/,
  /invalid byte sequence|invalid message format/,
];
/** Besides, a response names no stack frame and no internal address. */
const INTERNALS = [/at .*\.[jt]s:\d+/, /127\.0\.0\.1:\d+/, /localhost:\d+/];

const leaksIn = (text: string, email: string, password: string, patterns = DRIVER_TEXT) =>
  patterns
    .filter((pattern) => pattern.test(text))
    .map(String)
    .concat([email, password].filter((secret) => text.includes(secret)));

describe('an unexpected error in development mode', () => {
  it('reaches the client as INTERNAL_SERVER_ERROR with the request id only, and the log without driver text', async () => {
    const email = `probe-${randomUUID()}@example.com`;
    const password = `probe-password-${randomUUID()}`;
    const requestId = `boundary-${randomUUID()}`;
    const response = await stack.client.request(REGISTER, {
      variables: { a: { email, password, displayName: MARKER } },
      headers: { 'x-request-id': requestId },
    });

    expect(response.status).toBe(200);
    expect(response.errors).toEqual([
      {
        message: 'Internal server error',
        path: ['register'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      },
    ]);
    expect(leaksIn(JSON.stringify(response), email, password, [...DRIVER_TEXT, ...INTERNALS])).toEqual([]);

    const failure = capture.errors().find((line) => line.service === 'accounts' && line.requestId === requestId);
    expect(failure?.err).toMatchObject({
      type: 'GraphQLError',
      cause: { code: '23514', constraint: CONSTRAINT, table: 'users' },
    });
    expect(leaksIn(JSON.stringify(capture.lines), email, password)).toEqual([]);
  });

  it('leaks nothing for a NUL byte in sign-up, whether input rules or the boundary stop it', async () => {
    const email = `nul-${randomUUID()}@example.com`;
    const password = `nul-password-${randomUUID()}`;
    const response = await stack.client.request(REGISTER, {
      variables: { a: { email, password, displayName: 'Al\u0000ice' } },
    });
    expect(leaksIn(JSON.stringify(response), email, password, [...DRIVER_TEXT, ...INTERNALS])).toEqual([]);
    if (response.errors)
      expect(response.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) });
    expect(leaksIn(JSON.stringify(capture.lines), email, password)).toEqual([]);
  });
});
