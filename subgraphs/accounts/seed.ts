import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_USER_IDS } from '../../contracts/demo-users';
import { Role } from '../../platform/graphql/role';
import { hashPassword } from './auth/password';
import { HostProfile, ResponseTimeTarget } from './host/host-profile.entity';
import { User } from './user/user.entity';

/** Demo accounts for a fresh local system; all share one password, printed by the launcher. */
export const DEMO_PASSWORD = 'staygraph-demo-1';

const DEMO_USERS = [
  { id: DEMO_USER_IDS.guest, email: 'guest@example.com', displayName: 'Grace Guest', roles: [Role.GUEST] },
  { id: DEMO_USER_IDS.host, email: 'host@example.com', displayName: 'Hugo Host', roles: [Role.GUEST, Role.HOST] },
  { id: DEMO_USER_IDS.admin, email: 'admin@example.com', displayName: 'Ada Admin', roles: [Role.GUEST, Role.ADMIN] },
];

export async function seedAccounts(em: EntityManager): Promise<void> {
  if ((await em.count(User)) > 0) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = new Date();
  for (const demo of DEMO_USERS) {
    const user = em.create(User, { ...demo, passwordHash, emailVerifiedAt: now });
    if (demo.roles.includes(Role.HOST)) {
      em.create(HostProfile, {
        user,
        displayName: demo.displayName,
        about: 'Demo host with places on every continent, from Diani to Kyoto.',
        languages: ['en', 'sw'],
        responseTimeTarget: ResponseTimeTarget.WITHIN_AN_HOUR,
      });
    }
  }
  await em.flush();
}
