import type { EntityManager } from '@mikro-orm/postgresql';
import { defineHandler } from '../../../platform/events/event-handler';
import { UserReinstated, UserSuspended } from '../../../contracts/events/accounts';
import { forgetSearchesAfterCommit } from './forget-searches.job';

/** Upserts a host's standing unless a later event already decided it (delivery order is not guaranteed). */
async function recordStanding(em: EntityManager, hostId: string, suspended: boolean, eventId: string): Promise<void> {
  await em.execute(
    `insert into listings.host_standings (host_id, suspended, event_id) values (?, ?, ?)
     on conflict (host_id) do update set suspended = excluded.suspended, event_id = excluded.event_id
     where host_standings.event_id < excluded.event_id`,
    [hostId, suspended, eventId],
  );
  await forgetSearchesAfterCommit(em);
}

export const hideSuspendedHost = defineHandler({
  name: 'listings.hide_suspended_host',
  event: UserSuspended,
  kind: 'projection',
  description: "hides the host's listings",
  handle: (event, { em }) => recordStanding(em, event.payload.userId, true, event.id),
});

export const showReinstatedHost = defineHandler({
  name: 'listings.show_reinstated_host',
  event: UserReinstated,
  kind: 'projection',
  description: "shows the host's listings again",
  handle: (event, { em }) => recordStanding(em, event.payload.userId, false, event.id),
});

export async function resetHostStandings(em: EntityManager): Promise<void> {
  await em.execute('delete from listings.host_standings');
}
