import type { MikroORM } from '@mikro-orm/postgresql';
import type { JobHelpers, Task } from 'graphile-worker';
import type { EventHandler, JobContext } from '../platform/events/event-handler';
import { findEvent } from '../platform/events/event-log';
import { applyOnce } from '../platform/events/inbox';

export type ContextFactory = (orm: MikroORM, helpers: JobHelpers, bindings: Record<string, unknown>) => JobContext;

/** Runs one handler for one event, at most once per event thanks to the subgraph's inbox. */
export function handlerTaskFor(handler: EventHandler, orm: MikroORM, contextFor: ContextFactory): Task {
  return async (payload, helpers) => {
    const { eventId } = payload as { eventId: string };
    const ctx = contextFor(orm, helpers, { handler: handler.name, eventId });
    const event = await findEvent(ctx.em, eventId);
    if (!event) throw new Error(`Event ${eventId} is not in the log`);
    if (event.version !== handler.event.version) {
      throw new Error(`${handler.name} handles ${event.name} v${handler.event.version}, got v${event.version}`);
    }
    const checked = { ...event, payload: handler.event.payload.parse(event.payload) };
    await applyOnce(ctx.em, handler.name, eventId, (em) => handler.handle(checked, { ...ctx, em }));
  };
}
