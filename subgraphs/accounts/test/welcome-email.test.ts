import { useStackWithWorker } from '../../../test/support/stack-with-worker';
import { waitForMail } from '../../../test/support/mailbox';
import { PASSWORD, registerUser } from '../../../test/support/accounts/factories';
import { RegisterDocument } from '../../../test/support/generated/graphql';

const running = useStackWithWorker();

describe('user.registered', () => {
  it('is published once per sign-up, and a welcome email goes out through the worker', async () => {
    const { id, email } = await registerUser(running.stack.client, { displayName: 'Wendy Welcome' });
    const duplicate = await running.stack.client.data(RegisterDocument, {
      variables: { input: { email, password: PASSWORD, displayName: 'Again' } },
    });
    expect(duplicate.register.__typename).toBe('EmailTakenError');

    const message = await waitForMail(running.worker.config.mail.dir, email, 'Welcome to StayGraph');
    expect(message).toContain('Hi Wendy Welcome,');
    expect(message).toContain('Content-Type: text/html');

    const events = await running.worker.fixture.em
      .fork()
      .execute<{ name: string; producer: string }[]>(
        `select name, producer from events.log where payload->>'userId' = ?`,
        [id],
      );
    expect(events).toEqual([{ name: 'user.registered', producer: 'accounts' }]);
  });
});
