import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import { systemClock, type Clock } from '../runtime/clock';
import { newId } from '../graphql/ids';
import type { EventDefinition } from './event-definition';
import { jobsCall, type JobSpec } from './jobs';

export const DISPATCH_TASK = 'events.dispatch';

const EVENT_ROW = '(?, ?, ?, ?, ?::jsonb, ?, ?)';

/**
 * The events and jobs of one transaction, written by `flush` in a single statement (the log rows and
 * one `graphile_worker.add_jobs` for their dispatches and the other jobs) just before it commits: a
 * rollback publishes nothing, a commit is never lost. Payloads are checked when added.
 */
export class Outbox {
  private readonly events: unknown[][] = [];
  private readonly jobs: JobSpec[] = [];

  publish<S extends z.ZodType>(
    definition: EventDefinition<S>,
    payload: z.input<S>,
    meta: { requestId?: string; clock?: Clock } = {},
  ): string {
    const checked = definition.payload.parse(payload);
    const id = newId();
    this.events.push([
      id,
      definition.name,
      definition.version,
      definition.producer,
      JSON.stringify(checked),
      (meta.clock ?? systemClock)().toISOString(),
      meta.requestId ?? null,
    ]);
    this.jobs.push({ task: DISPATCH_TASK, payload: { eventId: id }, options: { jobKey: `dispatch:${id}` } });
    return id;
  }

  enqueue(job: JobSpec): void {
    this.jobs.push(job);
  }

  /** Writes everything added so far in the caller's transaction, then starts empty. */
  async flush(em: EntityManager): Promise<void> {
    if (!em.isInTransaction()) throw new Error('Outbox.flush must run inside em.transactional()');
    const jobs = jobsCall(this.jobs.splice(0));
    const events = this.events.splice(0);
    if (!jobs) return;
    const logged = events.length
      ? `with logged as (insert into events.log (id, name, version, producer, payload, occurred_at, request_id)
         values ${events.map(() => EVENT_ROW).join(', ')}) `
      : '';
    await em.execute(`${logged}select count(*) from ${jobs.sql}`, [...events.flat(), ...jobs.params]);
  }
}
