import { registerUser, PASSWORD } from './support/accounts/factories';
import { LoginDocument } from './support/generated/graphql';
import { startTestStack } from './support/test-stack';
import { startTestWorker } from './support/test-worker';

const baseOf = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '');

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

  it('turns readiness off first, then keeps serving through the drain delay before it stops accepting', async () => {
    const stack = await startTestStack({ env: { SHUTDOWN_DRAIN_SECONDS: '3' } });
    const gateway = baseOf(stack.gateway.url);
    const accounts = baseOf(stack.subgraph('accounts').url);
    expect((await fetch(`${gateway}/readyz`)).status).toBe(200);

    const stopped = stack.stop();
    const [gatewayReady, accountsReady, served] = await Promise.all([
      fetch(`${gateway}/readyz`),
      fetch(`${accounts}/readyz`),
      stack.client.request('{ __typename }'),
    ]);
    expect(gatewayReady.status).toBe(503);
    expect(await gatewayReady.json()).toEqual({ status: 'draining' });
    expect(accountsReady.status).toBe(503);
    expect(served.data).toEqual({ __typename: 'Query' });
    await stopped;
    await expect(fetch(`${gateway}/readyz`)).rejects.toThrow();
  });

  it("fails the worker's health check once its runner has stopped", async () => {
    const worker = await startTestWorker();
    const health = () => fetch(`http://127.0.0.1:${worker.port}/healthz`);
    expect((await health()).status).toBe(200);

    await worker.runner.stop();
    await worker.runner.promise;
    expect((await health()).status).toBe(503);
    await worker.stop();
  });
});
