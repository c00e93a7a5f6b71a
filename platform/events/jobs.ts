import type { EntityManager } from '@mikro-orm/postgresql';
import { currentTraceParent } from '../observability/trace-context';

export interface EnqueueOptions {
  /** Run no earlier than this (delayed job); default now. */
  runAt?: Date;
  /** At most one pending job per key: enqueueing again replaces the pending one. */
  jobKey?: string;
  maxAttempts?: number;
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

function withTraceParent(payload: object): object {
  const traceparent = currentTraceParent();
  return traceparent ? { ...payload, traceparent } : payload;
}
