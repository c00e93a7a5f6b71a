import type { Task } from 'graphile-worker';
import type { EventHandler } from '../platform/events/event-handler';
import { handlerTask } from './task-names';

/**
 * Fans one event out to a job per subscribed handler, in one transaction. The job key
 * `<handler>:<event>` keeps a retried dispatch from queueing a handler twice while it is pending;
 * the handler's inbox covers the rest. The publisher's `traceparent` goes on to each handler's job,
 * whose span links to it.
 */
export function dispatchTask(handlers: EventHandler[], maxAttempts: number): Task {
  return async (payload, helpers) => {
    const { eventId, traceparent } = payload as { eventId: string; traceparent?: string };
    await helpers.withPgClient(async (client) => {
      const { rows } = await client.query<{ name: string }>('select name from events.log where id = $1', [eventId]);
      if (!rows[0]) throw new Error(`Event ${eventId} is not in the log`);
      const targets = handlers.filter((h) => h.event.name === rows[0].name);
      await client.query('begin');
      try {
        for (const handler of targets) {
          await client.query(
            'select graphile_worker.add_job(identifier => $1, payload => $2::json, job_key => $3, max_attempts => $4)',
            [
              handlerTask(handler.name),
              JSON.stringify({ eventId, traceparent }),
              `${handler.name}:${eventId}`,
              maxAttempts,
            ],
          );
        }
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      }
    });
  };
}
