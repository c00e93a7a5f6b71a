import type { EntityManager } from '@mikro-orm/postgresql';

/** DDL for a subgraph's inbox: one row per (handler, event) it has applied. */
export function inboxTableSql(schema: string): string {
  return `create table "${schema}"."inbox" (
    "handler" text not null,
    "event_id" uuid not null,
    "processed_at" timestamptz not null default now(),
    constraint "inbox_pkey" primary key ("handler", "event_id")
  );`;
}

/**
 * Runs `apply` once per (handler, event): the inbox row and the effect commit together, and a
 * redelivered event finds its row and does nothing. Returns false when it was already applied.
 */
export async function applyOnce(
  em: EntityManager,
  handler: string,
  eventId: string,
  apply: (em: EntityManager) => Promise<void>,
): Promise<boolean> {
  const schema = em.config.get('schema');
  return em.transactional(async (tx) => {
    const inserted = await tx.execute(
      `insert into "${schema}"."inbox" (handler, event_id) values (?, ?) on conflict do nothing returning event_id`,
      [handler, eventId],
    );
    if (inserted.length === 0) return false;
    await apply(tx);
    return true;
  });
}
