import { EntityRepository } from '@mikro-orm/postgresql';
import type { User } from './user.entity';

export class UserRepository extends EntityRepository<User> {
  findByEmail(email: string): Promise<User | null> {
    // A deleted account signs in with nothing, not even its tombstone address.
    return this.findOne({ email: normalizeEmail(email), deletedAt: null }, { populate: ['passwordHash'] });
  }
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
