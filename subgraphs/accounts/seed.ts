import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { DEMO_USER_IDS } from '../../contracts/demo-users';
import demo from '../../demo/users.json';
import { Role } from '../../platform/graphql/role';
import { hashPassword } from './auth/password';
import { HostProfile, ResponseTimeTarget } from './host/host-profile.entity';
import { User } from './user/user.entity';

const demoUserSchema = z.strictObject({
  key: z.enum(Object.keys(DEMO_USER_IDS) as (keyof typeof DEMO_USER_IDS)[]),
  id: z.uuid(),
  email: z.email(),
  displayName: z.string().min(1),
  roles: z.array(z.enum(Role)).min(1),
  hostProfile: z
    .strictObject({ about: z.string(), languages: z.array(z.string()), responseTimeTarget: z.enum(ResponseTimeTarget) })
    .optional(),
});

/** demo/users.json: one password for all, and each user of contracts/demo-users.ts once, under its fixed id. */
const demoUsersSchema = z
  .object({ password: z.string().min(8), users: z.array(demoUserSchema) })
  .refine(
    ({ users }) =>
      users.length === Object.keys(DEMO_USER_IDS).length && users.every((u) => u.id === DEMO_USER_IDS[u.key]),
    {
      message: 'demo/users.json must name each user of contracts/demo-users.ts once, with its id there',
    },
  );

export function demoUsers(): z.output<typeof demoUsersSchema> {
  return demoUsersSchema.parse(demo);
}

/** Demo accounts for a fresh local system (demo/users.json); all share one password, printed by the launcher. */
export async function seedAccounts(em: EntityManager): Promise<void> {
  if ((await em.count(User)) > 0) return;
  const { password, users } = demoUsers();
  const passwordHash = await hashPassword(password);
  const now = new Date();
  for (const { key: _key, hostProfile, ...fields } of users) {
    const user = em.create(User, { ...fields, passwordHash, emailVerifiedAt: now });
    if (hostProfile) em.create(HostProfile, { user, displayName: fields.displayName, ...hostProfile });
  }
  await em.flush();
}
