import type { Pool } from 'pg';
import type { SubgraphModule } from '../../platform/subgraph-module';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

/** Queued work that has not happened yet: due jobs, jobs being retried, and jobs locked by a worker. */
const PENDING_SQL = `select count(*) filter (where attempts < max_attempts and (attempts > 0 or run_at <= now()))::int as pending,
  count(*) filter (where locked_at is not null)::int as locked from graphile_worker.jobs`;

/**
 * Waits until the queue has no due, retrying or locked job, making retried jobs due at once rather
 * than sleeping through graphile-worker's exponential back-off. Returns how long it took, or null.
 */
export async function waitForDrain(db: Pool, timeoutMs: number): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const { rows } = await db.query<{ pending: number; locked: number }>(PENDING_SQL);
    if (rows[0].pending === 0 && rows[0].locked === 0) return Date.now() - started;
    await db.query(`select graphile_worker.reschedule_jobs(array(select id from graphile_worker.jobs
      where locked_at is null and attempts > 0 and attempts < max_attempts and run_at > now()), run_at => now())`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return null;
}

/** Every event in the log has exactly one inbox row per handler subscribed to it, and no inbox row names an unknown event. */
export async function checkEvents(
  db: Pool,
  modules: readonly SubgraphModule[],
  schemaOf: (module: SubgraphModule) => string,
): Promise<Check> {
  const { rows: logged } = await db.query<{ n: number }>('select count(*)::int as n from events.log');
  let expected = 0;
  const problems: string[] = [];
  for (const module of modules) {
    const schema = schemaOf(module);
    for (const handler of module.handlers ?? []) {
      const { rows } = await db.query<{ events: number; missing: number; twice: number; unknown: number }>(
        `select (select count(*)::int from events.log where name = $2) as events,
           (select count(*)::int from events.log l where l.name = $2 and not exists
             (select 1 from "${schema}".inbox i where i.handler = $1 and i.event_id = l.id)) as missing,
           (select count(*)::int from (select event_id from "${schema}".inbox where handler = $1
             group by event_id having count(*) > 1) d) as twice,
           (select count(*)::int from "${schema}".inbox i where i.handler = $1 and not exists
             (select 1 from events.log l where l.id = i.event_id and l.name = $2)) as unknown`,
        [handler.name, handler.event.name],
      );
      const { events, missing, twice, unknown } = rows[0];
      expected += events;
      if (missing + twice + unknown > 0)
        problems.push(`${handler.name}: ${missing} not applied, ${twice} applied twice, ${unknown} unknown`);
    }
  }
  return {
    name: 'no event lost or applied twice',
    ok: problems.length === 0,
    detail: `${logged[0].n} events in the log, ${expected} (event, handler) deliveries expected; ${problems.join('; ') || 'each has exactly one inbox row'}`,
  };
}

/**
 * No two holding bookings (or active occupancies) of a listing share a night; no idempotency key
 * made two bookings, and none whose retries were finally refused made one.
 */
export async function checkBookings(db: Pool, refused: { guestId: string; key: string }[]): Promise<Check> {
  const { rows } = await db.query<{
    statuses: string;
    overlapping: number;
    occupancies: number;
    keys: number;
    made: number;
  }>(
    `select (select string_agg(status || ' ' || n, ', ' order by status) from
              (select status, count(*) as n from bookings.bookings group by status) s) as statuses,
       (select count(*)::int from bookings.bookings a join bookings.bookings b
          on a.listing_id = b.listing_id and a.id < b.id
         and daterange(a.check_in, a.check_out) && daterange(b.check_in, b.check_out)
         where a.status in ('PENDING', 'CONFIRMED') and b.status in ('PENDING', 'CONFIRMED')) as overlapping,
       (select count(*)::int from bookings.occupancies a join bookings.occupancies b
          on a.listing_id = b.listing_id and a.id < b.id and a.active and b.active
         and daterange(a.start_date, a.end_date) && daterange(b.start_date, b.end_date)) as occupancies,
       (select count(*)::int from (select 1 from bookings.bookings
          group by guest_id, idempotency_key having count(*) > 1) k) as keys,
       (select count(*)::int from bookings.bookings b join unnest($1::uuid[], $2::text[]) as r(guest_id, key)
          on b.guest_id = r.guest_id and b.idempotency_key = r.key) as made`,
    [refused.map((r) => r.guestId), refused.map((r) => r.key)],
  );
  const { statuses, overlapping, occupancies, keys, made } = rows[0];
  return {
    name: 'no overlapping bookings',
    ok: overlapping + occupancies + keys + made === 0,
    detail:
      `bookings: ${statuses ?? 'none'}; ${overlapping} overlapping pairs, ${occupancies} overlapping occupancies, ` +
      `${keys} keys with two bookings, ${made} of ${refused.length} refused keys with a booking`,
  };
}

/**
 * No job locked once the queue drained, none out of attempts. A job out of attempts without an
 * error was superseded: graphile-worker retires a running job when a new one takes its key (it ran
 * the new one), and a retired job whose worker died stays behind as if failed; it is reported apart.
 */
export async function checkJobs(db: Pool): Promise<Check> {
  const { rows } = await db.query<{ locked: number; exhausted: number; failed: string | null; superseded: number }>(
    `select count(*) filter (where locked_at is not null)::int as locked,
       count(*) filter (where attempts >= max_attempts and last_error is not null)::int as exhausted,
       string_agg(distinct task_identifier, ', ') filter (where attempts >= max_attempts and last_error is not null) as failed,
       count(*) filter (where attempts >= max_attempts and last_error is null and key is null)::int as superseded
     from graphile_worker.jobs`,
  );
  const { locked, exhausted, failed, superseded } = rows[0];
  return {
    name: 'no job stuck',
    ok: locked + exhausted === 0,
    detail:
      `${locked} locked, ${exhausted} out of attempts${failed ? ` (${failed})` : ''}` +
      (superseded ? `; ${superseded} superseded jobs left behind as failed (no error) by a dead worker` : ''),
  };
}
