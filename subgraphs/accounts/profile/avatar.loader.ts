import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Avatar, AvatarStatus } from './avatar.entity';

/** The READY avatar of every user in a response, in one statement. */
export function createAvatarLoader(em: EntityManager): DataLoader<string, Avatar | null> {
  return new DataLoader(async (userIds) => {
    const avatars = await em.find(Avatar, { userId: { $in: [...userIds] }, status: AvatarStatus.READY });
    const byUser = new Map(avatars.map((a) => [a.userId, a]));
    return userIds.map((id) => byUser.get(id) ?? null);
  });
}
