import { Pool } from 'pg';
import { RETRYABLE_ERROR_CODES } from 'graphile-worker/dist/lib';
import { retryQueueWritesAcrossRestarts } from './queue-retries';

/** The errors a worker's queue connection meets when PostgreSQL restarts are ones graphile-worker retries. */
describe('queue writes across a database restart', () => {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  const admin = new Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
  retryQueueWritesAcrossRestarts(pool);

  afterAll(async () => {
    await pool.end();
    await admin.end();
  });

  it('gives a dropped connection a code graphile-worker retries, including the ones pg raises without a code', async () => {
    const client = await pool.connect();
    client.on('error', () => undefined);
    try {
      const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
      await admin.query('select pg_terminate_backend($1)', [rows[0].pid]);
      const failed = (error: unknown) => error as { code?: string };
      const first = await client.query('select 1').then(() => failed(null), failed);
      const again = await client.query('select 1').then(() => failed(null), failed);
      for (const failure of [first, again]) {
        expect(failure).toHaveProperty('message');
        expect(RETRYABLE_ERROR_CODES[String(failure.code)]).toBeDefined();
      }
    } finally {
      client.release(true);
    }
  });
});
