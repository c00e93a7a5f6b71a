import type { Pool, PoolClient } from 'pg';
import { RETRYABLE_ERROR_CODES } from 'graphile-worker/dist/lib';
import { connectionFailure } from '../platform/database/connection-errors';

/** Backoff for a database that is restarting: it answers again within seconds to a minute. */
const RESTART_BACKOFF = { minDelay: 500, maxDelay: 30_000 };

/** SQLSTATEs given to pg's code-less errors of a dropped socket, so the table below knows them. */
const LOST = '08006';
const REFUSED = '08001';

/**
 * The SQLSTATEs and socket errors of a PostgreSQL restart or a dropped connection. graphile-worker
 * 0.17 records a job's outcome without awaiting it and retries only the codes in its table (which
 * lacks these), so an outcome written while the server restarts crashed the worker with its jobs
 * still locked. Recording an outcome is safe to repeat: it only touches jobs this worker still locks.
 */
const RESTART_CODES = ['57P01', '57P02', '08000', '08003', '08006', '08001', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE'];

/**
 * Makes the queue's writes on `pool` ride out a restart: the codes above become retryable, and the
 * errors pg raises without a code ("Connection terminated unexpectedly", "not queryable") get one.
 */
export function retryQueueWritesAcrossRestarts(pool: Pool): void {
  for (const code of RESTART_CODES) RETRYABLE_ERROR_CODES[code] ??= RESTART_BACKOFF;
  pool.on('connect', codeConnectionErrors);
}

function codeConnectionErrors(client: PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const coded = (...args: unknown[]): unknown => {
    const result = query(...args);
    return result instanceof Promise ? result.catch(withCode) : result;
  };
  Object.assign(client, { query: coded });
}

function withCode(error: unknown): never {
  if (error instanceof Error && !(error as Error & { code?: unknown }).code) {
    const failure = connectionFailure(error);
    if (failure) Object.assign(error, { code: failure === 'lost' ? LOST : REFUSED });
  }
  throw error;
}
