import type { Pool } from 'pg';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { WorkerEvents } from 'graphile-worker';

interface QueueRow {
  ready: string;
  scheduled: string;
  locked: string;
  dead: string;
}

/**
 * The job queue as graphile-worker keeps it, read at each scrape: jobs ready to run, scheduled for
 * later, locked by a worker, and dead (out of attempts, waiting for an admin's retry in ops).
 */
const QUEUE_SQL = `select
  count(*) filter (where locked_at is null and attempts < max_attempts and run_at <= now()) as ready,
  count(*) filter (where locked_at is null and attempts < max_attempts and run_at > now()) as scheduled,
  count(*) filter (where locked_at is not null) as locked,
  count(*) filter (where locked_at is null and attempts >= max_attempts) as dead
  from graphile_worker._private_jobs`;

/** Queue depth and dead letters (shared by every worker), and this worker's failed attempts by task. */
export function registerWorkerMetrics(registry: Registry, pgPool: Pool, events: WorkerEvents, tasks: string[]): void {
  new Gauge({
    name: 'staygraph_worker_queue_jobs',
    help: 'Jobs in the queue by state: ready, scheduled, locked (running), dead (out of attempts).',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const { rows } = await pgPool.query<QueueRow>(QUEUE_SQL);
      for (const state of ['ready', 'scheduled', 'locked', 'dead'] as const)
        this.set({ state }, Number(rows[0][state]));
    },
  });
  const known = new Set(tasks);
  const taskOf = (identifier: string) => (known.has(identifier) ? identifier : 'other');
  const failures = new Counter({
    name: 'staygraph_worker_job_failures_total',
    help: 'Failed job attempts in this worker (each retry counts), by task.',
    labelNames: ['task'],
    registers: [registry],
  });
  const deadLetters = new Counter({
    name: 'staygraph_worker_job_dead_letters_total',
    help: 'Jobs that failed their last attempt in this worker and wait for an admin, by task.',
    labelNames: ['task'],
    registers: [registry],
  });
  events.on('job:error', ({ job }) => failures.inc({ task: taskOf(job.task_identifier) }));
  events.on('job:failed', ({ job }) => deadLetters.inc({ task: taskOf(job.task_identifier) }));
}
