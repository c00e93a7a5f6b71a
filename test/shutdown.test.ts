import { registerUser, PASSWORD } from './support/accounts/factories';
import { LoginDocument } from './support/generated/graphql';
import { startTestStack } from './support/test-stack';

describe('graceful shutdown', () => {
  it('finishes in-flight requests, then refuses new ones and closes its pools', async () => {
    const stack = await startTestStack();
    const { email } = await registerUser(stack.client);
    const knex = stack.subgraph('accounts').orm.em.getConnection().getKnex();
    const reachedDatabase = new Promise<void>((resolve) => knex.once('query', () => resolve()));

    const inFlight = stack.client.request(LoginDocument, { variables: { input: { email, password: PASSWORD } } });
    await reachedDatabase;
    const stopped = stack.stop();

    const result = await inFlight;
    expect(result.data?.login.__typename).toBe('LoginSuccess');
    await stopped;
    await expect(stack.client.request('{ __typename }')).rejects.toThrow();
    await expect(stack.subgraph('accounts').orm.em.fork().execute('select 1')).rejects.toThrow(/acquire a connection/);
  });
});
