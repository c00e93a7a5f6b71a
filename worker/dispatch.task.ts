import type { Task } from 'graphile-worker';
import type { EventHandler } from '../platform/events/event-handler';
import { handlerTask } from './task-names';

/**
 * Fans one event out to a job per subscribed handler, in one `add_jobs` statement (all or none).
 * The job key `<handler>:<event>` keeps a retried dispatch from queueing a handler twice while it is
 * pending; the handler's inbox covers the rest. The publisher's `traceparent` goes on to each
 * handler's job, whose span links to it.
 */
export function dispatchTask(handlers: EventHandler[], maxAttempts: number): Task {
  return async (payload, helpers) => {
    const { eventId, traceparent } = payload as { eventId: string; traceparent?: string };
    await helpers.withPgClient(async (client) => {
      const { rows } = await client.query<{ name: string }>('select name from events.log where id = $1', [eventId]);
      if (!rows[0]) throw new Error(`Event ${eventId} is not in the log`);
      const targets = handlers.filter((h) => h.event.name === rows[0].name);
      if (targets.length === 0) return;
      await client.query(
        `select count(*) from graphile_worker.add_jobs(array(
           select row(identifier, payload, null, null, $4::smallint, job_key, null, null)::graphile_worker.job_spec
           from unnest($1::text[], $2::json[], $3::text[]) as spec(identifier, payload, job_key)))`,
        [
          targets.map((handler) => handlerTask(handler.name)),
          targets.map(() => JSON.stringify({ eventId, traceparent })),
          targets.map((handler) => `${handler.name}:${eventId}`),
          maxAttempts,
        ],
      );
    });
  };
}
