import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueJob } from '../platform/events/jobs';
import type { JobDefinition } from '../platform/events/event-handler';
import { tick } from '../test/support/fixture-module';
import { openFixture, startTestWorker, type TestWorker } from '../test/support/test-worker';
import { waitFor } from '../test/support/wait-for';

async function effects(em: EntityManager, source: string, key: string): Promise<number> {
  const rows = await em.execute(`select 1 from fixture.effects where source = ? and key = ?`, [source, key]);
  return rows.length;
}

describe('delayed jobs', () => {
  let worker: TestWorker;
  beforeAll(async () => {
    worker = await startTestWorker();
  });
  afterAll(() => worker?.stop());

  it('run at their time, not before', async () => {
    const em = worker.fixture.em.fork();
    const id = randomUUID();
    const runAt = new Date(Date.now() + 1500);
    await em.transactional((tx) => enqueueJob(tx, tick.name, { id }, { runAt }));
    const key = JSON.stringify({ id });
    expect(await effects(em, 'tick', key)).toBe(0);
    await waitFor(async () => (await effects(em, 'tick', key)) === 1, { what: 'the delayed job' });
    expect(Date.now()).toBeGreaterThanOrEqual(runAt.getTime());
  });
});

describe('scheduled jobs', () => {
  it('run on their cron schedule, catching up on what was missed while no worker ran', async () => {
    const fixture = await openFixture();
    const em = fixture.em.fork();
    // As if the schedule had been known for two minutes without any worker running it.
    await em.execute(`delete from graphile_worker._private_known_crontabs where identifier = ?`, [tick.name]);
    await em.execute(
      `insert into graphile_worker._private_known_crontabs (identifier, known_since) values (?, now() - interval '2 minutes')`,
      [tick.name],
    );
    await fixture.close(true);
    const worker = await startTestWorker();
    try {
      const ran = await waitFor(
        async () => {
          const rows = await worker.fixture.em
            .fork()
            .execute<{ key: string }[]>(
              `select key from fixture.effects where source = 'tick' and key like '%"_cron"%'`,
            );
          return rows.length > 0 && rows;
        },
        { what: 'the scheduled tick' },
      );
      expect(JSON.parse(ran[0].key)._cron.ts).toBeDefined();
    } finally {
      await worker.stop();
    }
  });
});

describe('a worker stopped in the middle of a job', () => {
  it('releases the job, and the next worker runs it', async () => {
    const id = randomUUID();
    let started: () => void = () => undefined;
    const hasStarted = new Promise<void>((resolve) => (started = resolve));
    const stuck: JobDefinition = {
      name: 'fixture.slow',
      run: (_payload, { signal }) => {
        started();
        return new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
      },
    };
    const fixture = await openFixture();
    const em = fixture.em.fork();
    const first = await startTestWorker({ extraJobs: [stuck], shutdownTimeoutMs: 200 });
    await em.transactional((tx) => enqueueJob(tx, 'fixture.slow', { id }));
    await hasStarted;
    await first.stop();

    const [released] = await em.execute<{ id: string; locked_at: Date | null; attempts: number }[]>(
      `select j.id, j.locked_at, j.attempts from graphile_worker._private_jobs j where j.payload->>'id' = ?`,
      [id],
    );
    expect(released).toMatchObject({ locked_at: null, attempts: 1 });
    await em.execute('select graphile_worker.reschedule_jobs(array[?]::bigint[], run_at => now())', [released.id]);

    const finishes: JobDefinition = {
      name: 'fixture.slow',
      run: async (payload, ctx) => {
        await ctx.em.execute(`insert into fixture.effects (source, key) values ('slow', ?)`, [
          (payload as { id: string }).id,
        ]);
      },
    };
    const second = await startTestWorker({ extraJobs: [finishes] });
    try {
      await waitFor(async () => (await effects(second.fixture.em.fork(), 'slow', id)) === 1, {
        what: 'the second worker',
      });
    } finally {
      await second.stop();
      await fixture.close(true);
    }
  });
});
