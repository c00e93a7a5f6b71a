import { RETRYABLE_ERROR_CODES } from 'graphile-worker/dist/lib';

/** Backoff for a database that is restarting: it answers again within seconds to a minute. */
const RESTART_BACKOFF = { minDelay: 500, maxDelay: 30_000 };

/**
 * The SQLSTATEs and socket errors of a PostgreSQL restart or a dropped connection. graphile-worker
 * 0.17 records a job's outcome without awaiting it and retries only the codes in its table (which
 * lacks these), so an outcome written while the server restarts crashed the worker with its jobs
 * still locked. Recording an outcome is safe to repeat: it only touches jobs this worker still locks.
 */
const RESTART_CODES = ['57P01', '57P02', '08000', '08001', '08003', '08006', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE'];

export function retryQueueWritesAcrossRestarts(): void {
  for (const code of RESTART_CODES) RETRYABLE_ERROR_CODES[code] ??= RESTART_BACKOFF;
}
