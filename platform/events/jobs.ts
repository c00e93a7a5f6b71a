import type { EntityManager } from '@mikro-orm/postgresql';

export interface EnqueueOptions {
  /** Run no earlier than this (delayed job); default now. */
  runAt?: Date;
  /** At most one pending job per key: enqueueing again replaces the pending one. */
  jobKey?: string;
  maxAttempts?: number;
}

/**
 * Enqueues a graphile-worker job through the caller's connection, so inside `em.transactional()`
 * the job exists exactly when the transaction commits.
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
      JSON.stringify(payload),
      options.runAt?.toISOString() ?? null,
      options.jobKey ?? null,
      options.maxAttempts ?? null,
    ],
  );
}
