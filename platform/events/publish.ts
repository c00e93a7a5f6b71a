import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import type { Clock } from '../runtime/clock';
import type { EventDefinition } from './event-definition';
import { Outbox } from './outbox';

export { DISPATCH_TASK } from './outbox';

/**
 * Appends an event to the log and enqueues its dispatch in the caller's transaction: a rollback
 * publishes nothing, a commit is never lost (the worker delivers it even if this process dies).
 * A transaction that publishes several events or also enqueues jobs can gather them in one `Outbox`.
 */
export async function publish<S extends z.ZodType>(
  em: EntityManager,
  definition: EventDefinition<S>,
  payload: z.input<S>,
  meta: { requestId?: string; clock?: Clock } = {},
): Promise<string> {
  if (!em.isInTransaction()) throw new Error(`publish(${definition.name}) must run inside em.transactional()`);
  const outbox = new Outbox();
  const id = outbox.publish(definition, payload, meta);
  await outbox.flush(em);
  return id;
}
