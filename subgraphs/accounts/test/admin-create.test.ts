import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startTestStack, type TestStack } from '../../../test/support/test-stack';
import { PASSWORD, registerUser, signIn, uniqueEmail } from '../../../test/support/accounts/factories';
import { FailedJobsDocument } from '../../../test/support/generated/graphql';

const run = promisify(execFile);

/** `npm run admin:create`, as an operator runs it. */
function adminCreate(args: string[], env: Record<string, string> = {}) {
  return run(process.execPath, ['-r', 'ts-node/register/transpile-only', 'scripts/admin-create.ts', ...args], {
    env: { ...process.env, ...env },
  }).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

describe('npm run admin:create', () => {
  it('creates a confirmed admin who can use admin-only fields', async () => {
    const email = uniqueEmail('ops');
    const result = await adminCreate(['--email', email, '--name', 'Ops Person'], { ADMIN_PASSWORD: PASSWORD });
    expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining(`Created admin ${email}`) });
    const { token } = await signIn(stack.client, email);
    const response = await stack.client.request(FailedJobsDocument, { token, variables: { first: 1 } });
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
  });

  it('makes an existing account an admin without changing its password', async () => {
    const { email } = await registerUser(stack.client);
    const result = await adminCreate(['--email', email, '--name', 'ignored'], {
      ADMIN_PASSWORD: 'a different password entirely',
    });
    expect(result.code).toBe(0);
    const { token } = await signIn(stack.client, email, PASSWORD);
    expect((await stack.client.request(FailedJobsDocument, { token, variables: { first: 1 } })).status).toBe(200);
  });

  it('refuses a weak password and explains the usage', async () => {
    const weak = await adminCreate(['--email', uniqueEmail('ops'), '--name', 'Ops'], { ADMIN_PASSWORD: 'short' });
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/password: Password must be at least 10 characters/);
    const usage = await adminCreate([]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/Usage: npm run admin:create/);
  });
});
