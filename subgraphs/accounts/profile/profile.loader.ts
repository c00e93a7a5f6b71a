import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Profile } from './profile.entity';

/** One statement for the profiles of every user in a response (a page of reviews' authors). */
export function createProfileLoader(em: EntityManager): DataLoader<string, Profile | null> {
  return new DataLoader(async (userIds) => {
    const profiles = await em.find(Profile, { user: { $in: [...userIds] } });
    const byUser = new Map(profiles.map((p) => [p.user.id, p]));
    return userIds.map((id) => byUser.get(id) ?? null);
  });
}
