import type { EntityManager } from '@mikro-orm/postgresql';
import type { FailedJob } from './failed-job.type';

interface JobRow {
  id: string;
  task: string;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  created_at: Date;
  updated_at: Date;
}

/** graphile-worker's job ids are bigints, not platform ids. */
export const JOB_ID = /^\d{1,18}$/;

function toFailedJob(row: JobRow): FailedJob {
  return {
    id: String(row.id),
    task: row.task,
    payload: row.payload ?? {},
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    lastError: row.last_error,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

// graphile-worker keeps payloads only in its private table; the public `jobs` view omits them.
const FAILED_JOBS = `
  select j.id, t.identifier as task, j.payload, j.attempts, j.max_attempts, j.last_error, j.created_at, j.updated_at
  from graphile_worker._private_jobs j
  join graphile_worker._private_tasks t on t.id = j.task_id
  where j.attempts >= j.max_attempts and j.locked_at is null`;

/** Dead letters: jobs that used up their attempts. Read-only apart from `retry`. */
export class FailedJobRepository {
  constructor(private readonly em: EntityManager) {}

  /** Newest first, `limit` rows after the job with id `before` (keyset). */
  async list(limit: number, before: string | null): Promise<FailedJob[]> {
    const rows = await this.em.execute<JobRow[]>(
      `${FAILED_JOBS} and (?::bigint is null or j.id < ?::bigint) order by j.id desc limit ?`,
      [before, before, limit],
    );
    return rows.map(toFailedJob);
  }

  async count(): Promise<number> {
    const [row] = await this.em.execute<{ count: string }[]>(`select count(*) from (${FAILED_JOBS}) failed`);
    return Number(row.count);
  }

  /** Makes a dead job due now with a fresh set of attempts; null when no such dead job exists. */
  async retry(id: string): Promise<FailedJob | null> {
    if (!JOB_ID.test(id)) return null;
    return this.em.transactional(async (tx) => {
      const [dead] = await tx.execute<JobRow[]>(`${FAILED_JOBS} and j.id = ? for update of j`, [id]);
      if (!dead) return null;
      await tx.execute('select graphile_worker.reschedule_jobs(array[?]::bigint[], run_at => now(), attempts => 0)', [
        id,
      ]);
      return toFailedJob({ ...dead, attempts: 0 });
    });
  }
}
