import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import { systemClock, type Clock } from '../runtime/clock';
import { newId } from '../graphql/ids';
import type { EventDefinition } from './event-definition';
import { enqueueJob } from './jobs';

export const DISPATCH_TASK = 'events.dispatch';

/**
 * Appends an event to the log and enqueues its dispatch in the caller's transaction: a rollback
 * publishes nothing, a commit is never lost (the worker delivers it even if this process dies).
 */
export async function publish<S extends z.ZodType>(
  em: EntityManager,
  definition: EventDefinition<S>,
  payload: z.input<S>,
  meta: { requestId?: string; clock?: Clock } = {},
): Promise<string> {
  if (!em.isInTransaction()) throw new Error(`publish(${definition.name}) must run inside em.transactional()`);
  const checked = definition.payload.parse(payload);
  const id = newId();
  await em.execute(
    `insert into events.log (id, name, version, producer, payload, occurred_at, request_id)
     values (?, ?, ?, ?, ?::jsonb, ?, ?)`,
    [
      id,
      definition.name,
      definition.version,
      definition.producer,
      JSON.stringify(checked),
      (meta.clock ?? systemClock)().toISOString(),
      meta.requestId ?? null,
    ],
  );
  await enqueueJob(em, DISPATCH_TASK, { eventId: id }, { jobKey: `dispatch:${id}` });
  return id;
}
