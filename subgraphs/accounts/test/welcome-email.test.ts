import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestStack, type TestStack } from '../../../test/support/test-stack';
import { startTestWorker, type TestWorker } from '../../../test/support/test-worker';
import { waitFor } from '../../../test/support/wait-for';
import { PASSWORD, registerUser } from './factories';
import { REGISTER, type RegisterData } from './operations';

let stack: TestStack;
let worker: TestWorker;
beforeAll(async () => {
  [stack, worker] = await Promise.all([startTestStack(), startTestWorker()]);
});
afterAll(async () => {
  await worker?.stop();
  await stack?.stop();
});

function mailTo(email: string): string[] {
  const dir = worker.config.mail.dir;
  return readdirSync(dir)
    .filter((file) => file.endsWith(`-${email}.eml`))
    .map((file) => readFileSync(join(dir, file), 'utf8'));
}

describe('user.registered', () => {
  it('is published once per sign-up, and a welcome email goes out through the worker', async () => {
    const { id, email } = await registerUser(stack.client, { displayName: 'Wendy Welcome' });
    const duplicate = await stack.client.data<RegisterData>(REGISTER, {
      variables: { input: { email, password: PASSWORD, displayName: 'Again' } },
    });
    expect(duplicate.register.__typename).toBe('EmailTakenError');

    const [message] = await waitFor(async () => mailTo(email).length > 0 && mailTo(email), { what: 'the welcome email' });
    expect(message).toContain('Subject: Welcome to StayGraph');
    expect(message).toContain('Hi Wendy Welcome,');
    expect(message).toContain('Content-Type: text/html');

    const events = await worker.fixture.em
      .fork()
      .execute<{ name: string; producer: string }[]>(`select name, producer from events.log where payload->>'userId' = ?`, [id]);
    expect(events).toEqual([{ name: 'user.registered', producer: 'accounts' }]);
  });
});
