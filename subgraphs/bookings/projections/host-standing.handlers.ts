import type { EntityManager } from '@mikro-orm/postgresql';
import { defineHandler } from '../../../platform/events/event-handler';
import { UserReinstated, UserSuspended } from '../../../contracts/events/accounts';
import { HostStanding } from './host-standing.entity';

/** Upserts a host's standing unless a later event already decided it (delivery order is not guaranteed). */
async function recordStanding(em: EntityManager, hostId: string, suspended: boolean, eventId: string): Promise<void> {
  await em.execute(
    `insert into bookings.host_standings (host_id, suspended, event_id) values (?, ?, ?)
     on conflict (host_id) do update set suspended = excluded.suspended, event_id = excluded.event_id
     where host_standings.event_id < excluded.event_id`,
    [hostId, suspended, eventId],
  );
}

export const recordSuspendedHost = defineHandler({
  name: 'bookings.record_suspended_host',
  event: UserSuspended,
  kind: 'projection',
  description: "the host's listings take no bookings",
  handle: (event, { em }) => recordStanding(em, event.payload.userId, true, event.id),
});

export const recordReinstatedHost = defineHandler({
  name: 'bookings.record_reinstated_host',
  event: UserReinstated,
  kind: 'projection',
  description: "the host's listings are bookable again",
  handle: (event, { em }) => recordStanding(em, event.payload.userId, false, event.id),
});

export async function isHostSuspended(em: EntityManager, hostId: string): Promise<boolean> {
  return (await em.findOne(HostStanding, { hostId }))?.suspended ?? false;
}

export async function resetHostStandings(em: EntityManager): Promise<void> {
  await em.nativeDelete(HostStanding, {});
}
