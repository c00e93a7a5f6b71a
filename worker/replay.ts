import type { MikroORM } from '@mikro-orm/postgresql';
import type { JobContext } from '../platform/events/event-handler';
import { readEvents } from '../platform/events/event-log';
import { applyOnce } from '../platform/events/inbox';
import type { SubgraphModule } from '../platform/subgraph-module';

const PAGE = 500;

/**
 * Rebuilds a subgraph's projections from the event log, in one transaction so readers see the old
 * read model until the new one is complete. Reactions (emails) are never replayed.
 */
export async function replayProjections(
  module: SubgraphModule,
  orm: MikroORM,
  context: Omit<JobContext, 'em' | 'signal'>,
): Promise<{ events: number }> {
  const projections = (module.handlers ?? []).filter((h) => h.kind === 'projection');
  if (projections.length === 0) return { events: 0 };
  const schema = orm.config.get('schema');
  let replayed = 0;
  await orm.em.fork().transactional(async (tx) => {
    await module.resetProjections?.(tx);
    await tx.execute(
      `delete from "${schema}"."inbox" where handler in (${projections.map(() => '?').join(', ')})`,
      projections.map((h) => h.name),
    );
    const names = [...new Set(projections.map((h) => h.event.name))];
    for (let after: string | null = null; ;) {
      const events = await readEvents(tx, names, after, PAGE);
      for (const event of events) {
        for (const handler of projections.filter((h) => h.event.name === event.name)) {
          const checked = { ...event, payload: handler.event.payload.parse(event.payload) };
          await applyOnce(tx, handler.name, event.id, (em) =>
            handler.handle(checked, { ...context, em, signal: new AbortController().signal }),
          );
        }
      }
      replayed += events.length;
      if (events.length < PAGE) break;
      after = events[events.length - 1].id;
    }
  });
  return { events: replayed };
}
