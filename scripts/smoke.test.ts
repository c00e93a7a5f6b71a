import { startTestStack, type TestStack } from '../test/support/test-stack';
import { runSmokeChecks } from './smoke-checks';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

describe('the post-deploy smoke test', () => {
  it('passes against a running gateway: ready, and the persisted search answers by id', async () => {
    const results = await runSmokeChecks(new URL(stack.gateway.url).origin);
    expect(results).toEqual([
      expect.objectContaining({ check: 'GET /readyz answers 200', ok: true }),
      expect.objectContaining({ check: 'persisted SearchListings by id answers a connection', ok: true }),
    ]);
  });

  it('fails when nothing answers, so the release rolls back', async () => {
    const results = await runSmokeChecks('http://127.0.0.1:9');
    expect(results.map((r) => r.ok)).toEqual([false, false]);
  });
});
