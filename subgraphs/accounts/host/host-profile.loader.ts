import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { HostProfile } from './host-profile.entity';

/** One statement for the host profiles of every user in a response (a page of listings' hosts). */
export function createHostProfileLoader(em: EntityManager): DataLoader<string, HostProfile | null> {
  return new DataLoader(async (userIds) => {
    const profiles = await em.find(HostProfile, { user: { $in: [...userIds] } });
    const byUser = new Map(profiles.map((p) => [p.user.id, p]));
    return userIds.map((id) => byUser.get(id) ?? null);
  });
}
