import { Client } from 'pg';
import type { Logger } from '../platform/runtime/logger';

/** First key of the advisory locks that say "this graphile-worker pool id belongs to a live process". */
const LIVENESS_LOCKS = 0x53_47;
const RECONNECT_MS = 2_000;

/**
 * graphile-worker leaves a killed worker's jobs locked for four hours. Each worker process holds a
 * session advisory lock per worker pool it runs (the id graphile-worker writes into `locked_by`), on
 * its own connection; PostgreSQL drops a dead process's locks with its session. `unlockDead` frees
 * the jobs of every id whose lock no one holds. While this connection is down (a database restart) another process may take this
 * one's jobs for dead and run them again: handlers are idempotent, so that costs a repeat only.
 */
export class WorkerLiveness {
  private client: Client | null = null;
  private readonly ids = new Set<string>();
  private stopped = false;
  /** One connection runs one query at a time: claims and sweeps take turns. */
  private turn: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly connectionString: string,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    const client = new Client({
      connectionString: this.connectionString,
      application_name: 'staygraph-worker-liveness',
    });
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'worker liveness connection lost; reconnecting');
      this.client = null;
      if (!this.stopped) setTimeout(() => void this.start().catch(() => undefined), RECONNECT_MS).unref();
    });
    await client.connect();
    this.client = client;
    await this.inTurn(async () => {
      for (const id of this.ids) await this.lock(id);
    });
  }

  async claim(workerId: string): Promise<void> {
    this.ids.add(workerId);
    await this.inTurn(() => this.lock(workerId));
  }

  /** Frees the jobs locked by ids no live process claims; returns those ids. */
  unlockDead(): Promise<string[]> {
    return this.inTurn(() => this.sweep());
  }

  private async sweep(): Promise<string[]> {
    const client = this.client;
    if (!client) return [];
    const { rows } = await client.query<{ id: string }>(
      `select locked_by as id from graphile_worker._private_jobs where locked_by is not null
       union select locked_by from graphile_worker._private_job_queues where locked_by is not null`,
    );
    const dead: string[] = [];
    for (const { id } of rows) {
      if (this.ids.has(id)) continue;
      const { rows: tried } = await client.query<{ free: boolean }>(
        'select pg_try_advisory_lock($1, hashtext($2)) as free',
        [LIVENESS_LOCKS, id],
      );
      if (!tried[0].free) continue;
      dead.push(id);
      await client.query('select pg_advisory_unlock($1, hashtext($2))', [LIVENESS_LOCKS, id]);
    }
    if (dead.length > 0) {
      await client.query('select graphile_worker.force_unlock_workers($1::text[])', [dead]);
      this.logger.warn({ workers: dead.length }, 'unlocked the jobs of workers that are gone');
    }
    return dead;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = this.turn.then(work);
    this.turn = result.catch(() => undefined);
    return result;
  }

  private async lock(id: string): Promise<void> {
    await this.client?.query('select pg_advisory_lock($1, hashtext($2))', [LIVENESS_LOCKS, id]);
  }
}
