import { LoginDocument } from '../support/generated/graphql';
import { sample, samples, scrape } from '../support/observability/scrape';
import { startTestStack, type TestStack } from '../support/test-stack';
import { startTestWorker, type TestWorker } from '../support/test-worker';

const METRICS = { METRICS_ENABLED: 'true', METRICS_PORT: '0', APP_VERSION: '9.8.7', GIT_COMMIT: 'abc1234' };

describe('metrics of a running stack', () => {
  let stack: TestStack;
  let worker: TestWorker;

  beforeAll(async () => {
    [stack, worker] = await Promise.all([
      startTestStack({ env: { ...METRICS, METRICS_CLIENT_NAMES: 'web,ios' } }),
      startTestWorker({ env: METRICS }),
    ]);
  });
  afterAll(async () => {
    await worker?.stop();
    await stack?.stop();
  });

  const signIn = (clientName: string) =>
    stack.client.request(LoginDocument, {
      variables: { input: { email: 'nobody-metrics@example.com', password: 'not the password 1' } },
      headers: { 'apollographql-client-name': clientName, 'apollographql-client-version': '3.1.4' },
    });

  it('counts operations per operation name and client at the gateway, and tells what runs', async () => {
    const login = await signIn('web');
    expect(login.data?.login.__typename).toBe('InvalidCredentialsError');
    await signIn('a-scraper-we-never-heard-of');

    const text = await scrape(stack.gateway.metricsPort);
    const web = { operation: 'Login', client_name: 'web', client_version: '3.1.4', service: 'gateway' };
    expect(sample(text, 'staygraph_gateway_operations_total', web)).toBe(1);
    expect(sample(text, 'staygraph_gateway_operation_duration_seconds_count', web)).toBe(1);
    expect(
      sample(text, 'staygraph_gateway_operations_total', {
        operation: 'Login',
        client_name: 'other',
        client_version: 'other',
      }),
    ).toBe(1);
    expect(sample(text, 'staygraph_gateway_subgraph_fetch_duration_seconds_count', { subgraph: 'accounts' })).toBe(2);
    expect(sample(text, 'staygraph_build_info', { version: '9.8.7', commit: 'abc1234', service: 'gateway' })).toBe(1);
    expect(samples(text, 'nodejs_eventloop_lag_seconds')).toHaveLength(1);
  });

  it('counts requests per operation and reports its connection pool in each subgraph', async () => {
    await signIn('ios');
    const accounts = stack.subgraph('accounts');
    const text = await scrape(accounts.metricsPort);
    const [login] = samples(text, 'staygraph_subgraph_requests_total').filter((s) =>
      s.labels.operation.startsWith('Login__accounts__'),
    );
    expect(login).toMatchObject({ labels: { service: 'accounts' } });
    expect(login.value).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'staygraph_db_pool_max', {})).toBe(stack.config.db.poolMax);
    expect(sample(text, 'staygraph_db_pool_connections', { state: 'pending' })).toBe(0);
    expect(sample(text, 'staygraph_build_info', { service: 'accounts', version: '9.8.7' })).toBe(1);
  });

  it('reports the job queue by state in the worker', async () => {
    const text = await scrape(worker.metricsPort);
    for (const state of ['ready', 'scheduled', 'locked', 'dead'])
      expect(sample(text, 'staygraph_worker_queue_jobs', { state, service: 'worker' })).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'staygraph_build_info', { service: 'worker', commit: 'abc1234' })).toBe(1);
  });
});
