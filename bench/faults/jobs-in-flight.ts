import type { Pool } from 'pg';
import type { SubgraphModule } from '../../platform/subgraph-module';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function lockers(db: Pool): Promise<Map<string, number>> {
  const { rows } = await db.query<{ worker: string; n: number }>(
    `select locked_by as worker, count(*)::int as n from graphile_worker.jobs
     where locked_at is not null group by locked_by`,
  );
  return new Map(rows.map((r) => [r.worker, r.n]));
}

/**
 * Runs `fault` while the worker is inside event handlers: handler jobs are held up for a moment (a
 * lock on the subgraphs' inbox tables, which every handler writes first) until some are locked, then
 * `fault` runs (a kill, a database restart) and the lock goes. Returns the graphile worker ids that
 * held jobs just after the fault, and how many.
 */
export async function duringJobs(
  db: Pool,
  modules: readonly SubgraphModule[],
  schemaOf: (module: SubgraphModule) => string,
  fault: () => Promise<void>,
): Promise<{ holders: string[]; locked: number }> {
  const inboxes = modules.filter((m) => m.handlers?.length).map((m) => `"${schemaOf(m)}".inbox`);
  const holder = await db.connect();
  let broken: Error | undefined;
  // A database restart ends this connection (and its lock); unheard, that error would end the script.
  holder.on('error', (error) => (broken = error));
  try {
    await holder.query('begin');
    await holder.query(`lock table ${inboxes.join(', ')} in exclusive mode`);
    const deadline = Date.now() + 15_000;
    while ((await lockers(db)).size === 0 && Date.now() < deadline) await sleep(100);
    await fault();
    const held = await lockers(db);
    return { holders: [...held.keys()], locked: [...held.values()].reduce((a, b) => a + b, 0) };
  } finally {
    await holder.query('rollback').catch((error: Error) => (broken ??= error));
    holder.release(broken);
  }
}

/** Waits until no job is locked by one of the `holders` (worker ids); false if they are still locked after `timeoutMs`. */
export async function waitUntilFreed(db: Pool, holders: string[], timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const held = await lockers(db);
    if (!holders.some((id) => held.has(id))) return true;
    if (Date.now() > deadline) return false;
    await sleep(500);
  }
}
