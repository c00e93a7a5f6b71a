import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { publish } from '../platform/events/publish';
import { enqueueJob } from '../platform/events/jobs';
import { Happened } from '../test/support/fixture-module';
import { jobsForEvent, retryNow } from '../test/support/jobs';
import { startTestWorker, type TestWorker } from '../test/support/test-worker';
import { waitFor } from '../test/support/wait-for';

let worker: TestWorker;
let em: () => EntityManager;
beforeAll(async () => {
  worker = await startTestWorker();
  em = () => worker.fixture.em.fork();
});
afterAll(() => worker?.stop());

async function publishHappened(payload: {
  key: string;
  amount: number;
  mode: 'ok' | 'flaky' | 'doomed';
}): Promise<string> {
  return em().transactional((tx) => publish(tx, Happened, payload));
}

async function tallyOf(key: string): Promise<{ total: number; events: number } | undefined> {
  const [row] = await em().execute<{ total: number; events: number }[]>(
    'select total, events from fixture.tallies where key = ?',
    [key],
  );
  return row;
}

describe('the worker', () => {
  it('answers liveness and readiness probes', async () => {
    const base = `http://127.0.0.1:${worker.port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready' });
  });
});

describe('publishing', () => {
  it('publishes nothing when the change rolls back', async () => {
    const key = randomUUID();
    await expect(
      em().transactional(async (tx) => {
        await publish(tx, Happened, { key, amount: 1, mode: 'ok' });
        throw new Error('the business change failed');
      }),
    ).rejects.toThrow('the business change failed');
    const logged = await em().execute(`select 1 from events.log where payload->>'key' = ?`, [key]);
    expect(logged).toHaveLength(0);
    expect(await tallyOf(key)).toBeUndefined();
  });

  it('refuses to publish outside a transaction', async () => {
    await expect(publish(em(), Happened, { key: 'x', amount: 1, mode: 'ok' })).rejects.toThrow(
      /inside em.transactional/,
    );
  });

  it('refuses a payload that breaks the contract', async () => {
    await expect(
      em().transactional((tx) => publish(tx, Happened, { key: 'x', amount: 1.5, mode: 'ok' })),
    ).rejects.toThrow();
  });

  it('delivers a committed event to its projection', async () => {
    const key = randomUUID();
    await publishHappened({ key, amount: 7, mode: 'ok' });
    expect(await waitFor(() => tallyOf(key), { what: 'the tally' })).toEqual({ total: 7, events: 1 });
  });
});

describe('delivery', () => {
  it('retries a handler that fails twice and applies its effect once', async () => {
    const key = randomUUID();
    const eventId = await publishHappened({ key, amount: 5, mode: 'flaky' });
    const reactions = () =>
      em().execute<{ attempt: number }[]>(`select attempt from fixture.effects where source = 'reaction' and key = ?`, [
        key,
      ]);
    await waitFor(async () => (await reactions()).length > 0, {
      onTick: () => retryNow(em(), eventId),
      what: 'the third attempt',
    });
    expect(await reactions()).toEqual([{ attempt: 3 }]);
    expect(await tallyOf(key)).toEqual({ total: 5, events: 1 });
  });

  it('applies an event delivered twice only once', async () => {
    const key = randomUUID();
    const eventId = await publishHappened({ key, amount: 3, mode: 'ok' });
    await waitFor(() => tallyOf(key));
    await em().transactional(async (tx) => {
      await enqueueJob(tx, 'event:fixture.tally', { eventId });
      await enqueueJob(tx, 'event:fixture.tally', { eventId });
    });
    await waitFor(
      async () => {
        const pending = await em().execute(
          `select 1 from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
         where t.identifier = 'event:fixture.tally' and j.payload->>'eventId' = ?`,
          [eventId],
        );
        return pending.length === 0;
      },
      { what: 'the duplicate deliveries to run' },
    );
    expect(await tallyOf(key)).toEqual({ total: 3, events: 1 });
  });

  it('fans one event out to every subscribed handler', async () => {
    const key = randomUUID();
    const eventId = await publishHappened({ key, amount: 1, mode: 'ok' });
    await waitFor(
      async () =>
        (await em().execute(`select 1 from fixture.effects where source = 'reaction' and key = ?`, [key])).length === 1,
    );
    await waitFor(() => tallyOf(key));
    const handled = await em().execute<{ handler: string }[]>(
      `select handler from fixture.inbox where event_id = ? order by handler`,
      [eventId],
    );
    expect(handled.map((h) => h.handler)).toEqual(['fixture.fragile_reaction', 'fixture.tally']);
    expect(await jobsForEvent(em(), eventId)).toEqual([]);
  });
});
