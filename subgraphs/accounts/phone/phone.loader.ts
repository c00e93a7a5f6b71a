import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserPhone } from './user-phone.entity';

/** The verified phone of every user in a response, in one statement. */
export function createPhoneLoader(em: EntityManager): DataLoader<string, UserPhone | null> {
  return new DataLoader(async (userIds) => {
    const phones = await em.find(UserPhone, { user: { $in: [...userIds] } });
    const byUser = new Map(phones.map((p) => [p.user.id, p]));
    return userIds.map((id) => byUser.get(id) ?? null);
  });
}
