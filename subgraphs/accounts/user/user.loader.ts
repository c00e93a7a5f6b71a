import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from './user.entity';

/** Batches every user lookup of one request into a single `where id in (...)` statement. */
export function createUserLoader(em: EntityManager): DataLoader<string, User | null> {
  return new DataLoader(async (ids) => {
    const users = await em.find(User, { id: { $in: [...ids] } });
    const byId = new Map(users.map((u) => [u.id, u]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
