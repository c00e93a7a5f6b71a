import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../kernel/role';
import { hashPassword } from './auth/password';
import { User } from './user/user.entity';

/** Demo accounts for a fresh local system; all share one password, printed by the launcher. */
export const DEMO_PASSWORD = 'staygraph-demo-1';

const DEMO_USERS = [
  { email: 'guest@example.com', displayName: 'Grace Guest', roles: [Role.GUEST] },
  { email: 'host@example.com', displayName: 'Hugo Host', roles: [Role.GUEST, Role.HOST] },
  { email: 'admin@example.com', displayName: 'Ada Admin', roles: [Role.GUEST, Role.ADMIN] },
];

export async function seedAccounts(em: EntityManager): Promise<void> {
  if ((await em.count(User)) > 0) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) em.create(User, { ...user, passwordHash });
  await em.flush();
}
