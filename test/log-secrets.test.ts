import { randomUUID } from 'node:crypto';
import { totpCodeAt } from '../subgraphs/accounts/mfa/totp';
import { LogCapture } from './support/log-capture';
import { linkToken, waitForMail } from './support/mailbox';
import { startTestStack, type TestStack } from './support/test-stack';
import { startTestWorker, type TestWorker } from './support/test-worker';

/**
 * Every secret and email address a sign-up → verification → reset → MFA → refresh journey handles,
 * sent with oddly named variables, with variables nested in inline objects, and inline: none may
 * appear in any line logged by the gateway, the subgraphs or the worker, at any level.
 */
const capture = new LogCapture('trace');
let stack: TestStack;
let worker: TestWorker;
beforeAll(async () => {
  [stack, worker] = await Promise.all([
    startTestStack({ loggerFor: capture.loggerFor }),
    startTestWorker({ logger: capture.loggerFor('worker') }),
  ]);
});
afterAll(async () => {
  await worker?.stop();
  await stack?.stop();
});

type Style = 'variables' | 'nested variables' | 'inline literals';
type Value = string | { [field: string]: string };
const NAMES = ['a', 't', 'c', 'p', 'x', 'y', 'z'];

/** One mutation with its arguments as variables named `$a`, `$t`, …, as variables inside inline objects, or inline. */
function mutation(style: Style, field: string, args: Record<string, [type: string, value: Value]>, selection: string) {
  const definitions: string[] = [];
  const variables: Record<string, Value> = {};
  const bind = (type: string, value: Value) => {
    const name = NAMES[definitions.length];
    definitions.push(`$${name}: ${type}`);
    variables[name] = value;
    return `$${name}`;
  };
  const written = Object.entries(args).map(([name, [type, value]]) => {
    if (style === 'inline literals') return `${name}: ${literal(value)}`;
    if (style === 'nested variables' && typeof value === 'object') {
      const fields = Object.entries(value).map(([key, v]) => `${key}: ${bind('String!', v)}`);
      return `${name}: { ${fields.join(', ')} }`;
    }
    return `${name}: ${bind(type, value)}`;
  });
  const head = definitions.length ? `mutation (${definitions.join(', ')})` : 'mutation';
  return { query: `${head} { ${field}(${written.join(', ')}) { __typename ${selection} } }`, variables };
}

const literal = (value: Value): string =>
  typeof value === 'string'
    ? JSON.stringify(value)
    : `{ ${Object.entries(value)
        .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
        .join(', ')} }`;

async function run(
  style: Style,
  field: string,
  args: Record<string, [string, Value]>,
  selection = '',
  token?: string,
): Promise<Record<string, unknown> & { __typename: string }> {
  const { query, variables } = mutation(style, field, args, selection);
  const response = await stack.client.request<Record<string, Record<string, unknown> & { __typename: string }>>(query, {
    variables,
    token,
  });
  if (!response.data?.[field]) throw new Error(`${field}: ${JSON.stringify(response.errors)}`);
  return response.data[field];
}

/** The whole journey of one user; returns every secret it handled. */
async function journey(style: Style): Promise<{ secrets: string[]; codes: string[] }> {
  const mailDir = worker.config.mail.dir;
  const email = `secret-${randomUUID()}@example.com`;
  const password = `first-${randomUUID()}`;
  const newPassword = `second-${randomUUID()}`;
  const secrets = [email, password, newPassword];
  const codes: string[] = [];

  const registered = await run(style, 'register', {
    input: ['RegisterInput!', { email, password, displayName: 'Secretive Person' }],
  });
  expect(registered.__typename).toBe('RegisterSuccess');

  const verifyToken = linkToken(await waitForMail(mailDir, email, 'Confirm your email address'));
  secrets.push(verifyToken);
  expect((await run(style, 'verifyEmail', { token: ['String!', verifyToken] })).__typename).toBe('VerifyEmailSuccess');

  expect((await run(style, 'requestPasswordReset', { email: ['String!', email] })).__typename).toBe(
    'PasswordResetRequested',
  );
  const resetToken = linkToken(await waitForMail(mailDir, email, 'Reset your StayGraph password'));
  secrets.push(resetToken);
  const reset = await run(style, 'resetPassword', {
    input: ['ResetPasswordInput!', { token: resetToken, newPassword }],
  });
  expect(reset.__typename).toBe('PasswordReset');

  const tokens = '... on LoginSuccess { accessToken refreshToken }';
  const login = await run(style, 'login', { input: ['LoginInput!', { email, password: newPassword }] }, tokens);
  expect(login.__typename).toBe('LoginSuccess');
  const accessToken = login.accessToken as string;
  secrets.push(accessToken, login.refreshToken as string);

  const enrolled = await run(
    style,
    'enrolMfa',
    { currentPassword: ['String!', newPassword] },
    '... on MfaEnrolment { secret otpauthUri }',
    accessToken,
  );
  const totpSecret = enrolled.secret as string;
  secrets.push(totpSecret, enrolled.otpauthUri as string);
  const totp = totpCodeAt(totpSecret, new Date());
  codes.push(totp);
  const confirmed = await run(
    style,
    'confirmMfa',
    { code: ['String!', totp] },
    '... on MfaEnabled { recoveryCodes }',
    accessToken,
  );
  const recoveryCodes = confirmed.recoveryCodes as string[];
  secrets.push(...recoveryCodes, ...recoveryCodes.map((code) => code.replace(/-/g, '')));

  const challenged = await run(
    style,
    'login',
    { input: ['LoginInput!', { email, password: newPassword }] },
    '... on MfaRequired { challengeToken }',
  );
  const challengeToken = challenged.challengeToken as string;
  secrets.push(challengeToken);
  const completed = await run(
    style,
    'completeMfaLogin',
    { challengeToken: ['String!', challengeToken], code: ['String!', recoveryCodes[0]] },
    tokens,
  );
  expect(completed.__typename).toBe('LoginSuccess');
  secrets.push(completed.accessToken as string, completed.refreshToken as string);

  const refreshed = await run(
    style,
    'refreshToken',
    { refreshToken: ['String!', completed.refreshToken as string] },
    '... on RefreshSuccess { accessToken refreshToken }',
  );
  expect(refreshed.__typename).toBe('RefreshSuccess');
  secrets.push(refreshed.accessToken as string, refreshed.refreshToken as string);
  return { secrets, codes };
}

describe('no secret and no email address reaches a log line', () => {
  it.each<Style>(['variables', 'nested variables', 'inline literals'])('sent as %s', async (style) => {
    const { secrets, codes } = await journey(style);
    const lines = capture.lines.map((line) => JSON.stringify(line));
    const services = new Set(capture.lines.map((line) => line.service));
    expect([...services]).toEqual(expect.arrayContaining(['gateway', 'accounts', 'worker']));
    expect(lines.some((line) => line.includes('"access":true'))).toBe(true);
    const found = [
      ...secrets.filter((secret) => lines.some((line) => line.includes(secret))),
      // Six digits also occur in ids and hashes; as a string value they are the code.
      ...codes.filter((code) => lines.some((line) => line.includes(`"${code}"`))),
    ];
    expect(found).toEqual([]);
  });
});
