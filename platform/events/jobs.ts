import type { EntityManager } from '@mikro-orm/postgresql';
import { currentTraceParent } from '../observability/trace-context';

export interface EnqueueOptions {
  /** Run no earlier than this (delayed job); default now. */
  runAt?: Date;
  /** At most one pending job per key: enqueueing again replaces the pending one. */
  jobKey?: string;
  maxAttempts?: number;
}

/** One job to enqueue, for `enqueueJobs` or an `Outbox`. */
export interface JobSpec {
  task: string;
  payload: object;
  options?: EnqueueOptions;
}

/**
 * Enqueues a graphile-worker job through the caller's connection, so inside `em.transactional()`
 * the job exists exactly when the transaction commits. While tracing, the payload also carries the
 * enqueuing span's `traceparent` (beside the job's own fields, never inside an event's payload), so
 * the job's span links to it.
 */
export async function enqueueJob(
  em: EntityManager,
  task: string,
  payload: object,
  options: EnqueueOptions = {},
): Promise<void> {
  await em.execute(
    'select graphile_worker.add_job(identifier => ?, payload => ?::json, run_at => ?, job_key => ?, max_attempts => ?)',
    [
      task,
      JSON.stringify(withTraceParent(payload)),
      options.runAt?.toISOString() ?? null,
      options.jobKey ?? null,
      options.maxAttempts ?? null,
    ],
  );
}

/**
 * Several jobs in one `graphile_worker.add_jobs` call, as `enqueueJob` would enqueue each: a key
 * replaces the pending job with that key (the last spec wins when a key repeats in `specs`).
 */
export async function enqueueJobs(em: EntityManager, specs: JobSpec[]): Promise<void> {
  const jobs = jobsCall(specs);
  if (jobs) await em.execute(`select count(*) from ${jobs.sql}`, jobs.params);
}

/** The `graphile_worker.add_jobs(…)` call for `specs` as a FROM item with its parameters, or null when there are none. */
export function jobsCall(specs: JobSpec[]): { sql: string; params: unknown[] } | null {
  const unique = uniqueByKey(specs);
  if (unique.length === 0) return null;
  const spec = 'row(?, ?::json, null, ?::timestamptz, ?::smallint, ?, null, null)::graphile_worker.job_spec';
  return {
    sql: `graphile_worker.add_jobs(array[${unique.map(() => spec).join(', ')}])`,
    params: unique.flatMap(({ task, payload, options = {} }) => [
      task,
      JSON.stringify(withTraceParent(payload)),
      options.runAt?.toISOString() ?? null,
      options.maxAttempts ?? null,
      options.jobKey ?? null,
    ]),
  };
}

// add_jobs upserts on the key: one statement may not touch the same job row twice.
function uniqueByKey(specs: JobSpec[]): JobSpec[] {
  const keyed = new Map<string, number>();
  specs.forEach((spec, index) => {
    if (spec.options?.jobKey) keyed.set(spec.options.jobKey, index);
  });
  return specs.filter((spec, index) => !spec.options?.jobKey || keyed.get(spec.options.jobKey) === index);
}

function withTraceParent(payload: object): object {
  const traceparent = currentTraceParent();
  return traceparent ? { ...payload, traceparent } : payload;
}
