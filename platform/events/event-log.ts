import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainEvent } from './event-definition';

interface EventRow {
  id: string;
  name: string;
  version: number;
  producer: string;
  payload: unknown;
  occurred_at: Date;
  request_id: string | null;
}

const COLUMNS = 'id, name, version, producer, payload, occurred_at, request_id';

function toEvent(row: EventRow): DomainEvent {
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    producer: row.producer,
    payload: row.payload,
    occurredAt: new Date(row.occurred_at),
    requestId: row.request_id,
  };
}

export async function findEvent(em: EntityManager, id: string): Promise<DomainEvent | null> {
  const rows = await em.execute<EventRow[]>(`select ${COLUMNS} from events.log where id = ?`, [id]);
  return rows[0] ? toEvent(rows[0]) : null;
}

/** The log in publication order, a page at a time (UUIDv7 ids sort by time). */
export async function readEvents(
  em: EntityManager,
  names: string[],
  after: string | null,
  limit: number,
): Promise<DomainEvent[]> {
  if (names.length === 0) return [];
  const rows = await em.execute<EventRow[]>(
    `select ${COLUMNS} from events.log
     where name in (${names.map(() => '?').join(', ')}) and (?::uuid is null or id > ?::uuid)
     order by id limit ?`,
    [...names, after, after, limit],
  );
  return rows.map(toEvent);
}
