import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { enqueueJob } from '../platform/events/jobs';
import type { JobDefinition } from '../platform/events/event-handler';
import { createLogger } from '../platform/runtime/logger';
import { openFixture, startTestWorker } from '../test/support/test-worker';
import { waitFor } from '../test/support/wait-for';
import { WorkerLiveness } from './worker-liveness';

/** The advisory locks worker-liveness.ts takes for each worker id of a live process. */
const LIVENESS_LOCKS = 0x53_47;

const records: JobDefinition = {
  name: 'fixture.left_locked',
  run: async (payload, ctx) => {
    await ctx.em.execute(`insert into fixture.effects (source, key) values ('left-locked', ?)`, [
      (payload as { id: string }).id,
    ]);
  },
};

describe('jobs locked by a worker', () => {
  it('are freed and run when that worker is gone, and left alone while it lives', async () => {
    const fixture = await openFixture();
    const alive = new Client({ connectionString: process.env.DATABASE_URL });
    await alive.connect();
    const [deadJob, aliveJob] = [randomUUID(), randomUUID()];
    const aliveWorker = `worker-alive-${randomUUID()}`;
    await alive.query('select pg_advisory_lock($1, hashtext($2))', [LIVENESS_LOCKS, aliveWorker]);
    // As a killed worker leaves them: locked, by ids no process will release.
    await fixture.em.fork().transactional(async (tx) => {
      for (const [id, by] of [
        [deadJob, `worker-dead-${randomUUID()}`],
        [aliveJob, aliveWorker],
      ]) {
        await enqueueJob(tx, records.name, { id });
        await tx.execute(
          `update graphile_worker._private_jobs set locked_by = ?, locked_at = now() where payload->>'id' = ?`,
          [by, id],
        );
      }
    });

    const worker = await startTestWorker({ extraJobs: [records] });
    try {
      await waitFor(
        async () => {
          const rows = await fixture.em
            .fork()
            .execute(`select 1 from fixture.effects where source = 'left-locked' and key = ?`, [deadJob]);
          return rows.length === 1;
        },
        { what: "the dead worker's job to run" },
      );
      const [held] = await fixture.em
        .fork()
        .execute<{ locked_by: string | null }[]>(
          `select locked_by from graphile_worker._private_jobs where payload->>'id' = ?`,
          [aliveJob],
        );
      expect(held.locked_by).toBe(aliveWorker);
    } finally {
      await worker.stop();
      await fixture.em.fork().execute(`delete from graphile_worker._private_jobs where payload->>'id' = ?`, [aliveJob]);
      await alive.end();
      await fixture.close(true);
    }
  });

  it("leave a live worker's running job locked, whichever process sweeps", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let running!: () => void;
    const started = new Promise<void>((resolve) => (running = resolve));
    const slow: JobDefinition = {
      name: 'fixture.held_running',
      run: async () => {
        running();
        await held;
      },
    };
    const id = randomUUID();
    const fixture = await openFixture();
    const worker = await startTestWorker({ extraJobs: [slow] });
    // Another worker process's sweep: it holds none of this worker's claims.
    const elsewhere = new WorkerLiveness(
      process.env.DATABASE_URL as string,
      createLogger({ level: 'silent', name: 'test' }),
    );
    await elsewhere.start();
    const lockedBy = async () =>
      (
        await fixture.em
          .fork()
          .execute<{ locked_by: string | null }[]>(
            `select locked_by from graphile_worker._private_jobs where payload->>'id' = ?`,
            [id],
          )
      )[0]?.locked_by;
    try {
      await fixture.em.fork().transactional((tx) => enqueueJob(tx, slow.name, { id }));
      await started;
      const owner = await lockedBy();
      expect(owner).toEqual(expect.any(String));
      expect(await elsewhere.unlockDead()).not.toContain(owner);
      expect(await lockedBy()).toBe(owner);
    } finally {
      release();
      await elsewhere.stop();
      await worker.stop();
      await fixture.close(true);
    }
  });
});
