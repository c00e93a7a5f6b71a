import type { Pool } from 'pg';
import type { SubgraphModule } from '../../platform/subgraph-module';
import type { Check } from './checks';
import { duringJobs, waitUntilFreed } from './jobs-in-flight';
import type { ChildService } from './processes';
import type { ScratchPostgres, ScratchRedis } from './services';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Scenario {
  /** What happened when, for the summary. */
  timeline: string[];
  /** The fault under way (or the calm after it), for counting answers by phase. */
  phase: () => string;
  running: () => boolean;
  /** Runs the faults one after another, then stops the traffic; returns the checks on the worker's jobs. */
  run: () => Promise<Check[]>;
}

/**
 * The faults, about 10 s apart under traffic: PostgreSQL restarted (`pg_ctl restart -m fast`) while
 * event handlers run, Redis stopped for 8 s, the worker stopped with SIGTERM and restarted, then
 * killed with SIGKILL in the middle of event handlers and restarted (its jobs must be freed).
 */
export function faultScenario(services: {
  db: Pool;
  postgres: ScratchPostgres;
  redis: ScratchRedis;
  worker: ChildService;
  modules: readonly SubgraphModule[];
  schemaOf: (module: SubgraphModule) => string;
  since: number;
}): Scenario {
  const { db, postgres, redis, worker } = services;
  const timeline: string[] = [];
  let phase = 'before the faults';
  let running = true;
  const mark = (what: string, next?: string) => {
    const line = `${((performance.now() - services.since) / 1000).toFixed(1).padStart(6)} s  ${what}`;
    timeline.push(line);
    console.log(line);
    if (next) phase = next;
  };
  const lockedJobs = async () =>
    (await db.query<{ n: number }>('select count(*)::int as n from graphile_worker.jobs where locked_at is not null'))
      .rows[0].n;

  // Jobs run for milliseconds here: one locked this long is held by a worker that will not finish it.
  const staleJobs = async () =>
    (
      await db.query<{ job: string }>(
        `select task_identifier || ' (locked ' || extract(epoch from now() - locked_at)::int || ' s)' as job
         from graphile_worker.jobs where locked_at < now() - interval '10 seconds'`,
      )
    ).rows.map((r) => r.job);

  const faults = async (): Promise<Check[]> => {
    mark('traffic starts');
    await sleep(10_000);
    const inFlight = (fault: () => Promise<void>) => duringJobs(db, services.modules, services.schemaOf, fault);
    mark('PostgreSQL: pg_ctl restart -m fast, with handlers running', 'PostgreSQL restarting');
    const restarted = await inFlight(() => postgres.restart());
    mark(`PostgreSQL back; ${restarted.locked} jobs locked`, 'after the PostgreSQL restart');
    await sleep(10_000);
    mark('Redis stopped', 'Redis down');
    await redis.stop();
    await sleep(8_000);
    await redis.start();
    mark('Redis started', 'after the Redis outage');
    await sleep(10_000);
    const stale = await staleJobs();
    mark(`${stale.length} jobs locked for over 10 s${stale.length ? `: ${stale.join(', ')}` : ''}`);
    mark(
      `worker: SIGTERM${worker.crashes.length ? ` (it had crashed: ${worker.crashes.join('; ')})` : ''}`,
      'worker stopped (SIGTERM)',
    );
    await worker.signal('SIGTERM');
    mark(`worker exited, ${await lockedJobs()} jobs left locked; restarting`);
    await worker.start();
    mark('worker ready', 'after the worker restart');
    await sleep(5_000);
    const killed = await inFlight(() => worker.signal('SIGKILL'));
    mark(`worker: SIGKILL inside handlers, ${killed.locked} jobs left locked; restarting`, 'worker killed');
    await worker.start();
    const freed = await waitUntilFreed(db, killed.holders, 30_000);
    mark(`worker ready; killed worker's jobs ${freed ? 'freed' : 'STILL LOCKED after 30 s'}`, 'after the worker kill');
    await sleep(10_000);
    return [
      {
        name: 'no job left locked through the faults',
        ok: stale.length === 0,
        detail: `${stale.length} jobs locked for over 10 s just before the worker was first stopped (PostgreSQL restarted with ${restarted.locked} running)`,
      },
      {
        name: "a killed worker's jobs are freed",
        ok: freed && killed.locked > 0,
        detail:
          killed.locked > 0
            ? `${killed.locked} jobs locked by the killed worker, ${freed ? 'freed by its successor' : 'still locked'}`
            : 'no job was in flight when it was killed (nothing proven)',
      },
    ];
  };
  // The traffic stops with the faults, also when one of them fails.
  const run = () =>
    faults().finally(() => {
      running = false;
      mark('traffic stops');
    });
  return { timeline, phase: () => phase, running: () => running, run };
}
