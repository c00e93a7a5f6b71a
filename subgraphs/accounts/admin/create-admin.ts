import type { EntityManager } from '@mikro-orm/postgresql';
import { systemClock } from '../../../platform/runtime/clock';
import type { Logger } from '../../../platform/runtime/logger';
import { Role } from '../../../platform/graphql/role';
import { validate } from '../../../platform/graphql/validation';
import { AuditAction } from '../audit/audit-action';
import { AuditLog } from '../audit/audit-log';
import { registerSchema } from '../auth/auth.inputs';
import { hashPassword } from '../auth/password';
import { User } from '../user/user.entity';
import { normalizeEmail } from '../user/user.repository';

export interface AdminInput {
  email: string;
  displayName: string;
  /** Used only when the account does not exist yet. */
  password: string;
}

export type CreateAdminOutcome = { ok: true; userId: string; created: boolean } | { ok: false; problems: string[] };

/**
 * The only way to make an administrator (`npm run admin:create`): creates the account with the
 * ADMIN role, or grants the role to an existing account without touching its password.
 */
export async function createAdmin(em: EntityManager, input: AdminInput, logger: Logger): Promise<CreateAdminOutcome> {
  const audit = new AuditLog(systemClock, logger);
  const origin = { requestId: null, ip: null, userAgent: 'npm run admin:create' };
  const existing = await em.findOne(User, { email: normalizeEmail(input.email) });
  if (existing) {
    if (existing.roles.includes(Role.ADMIN)) return { ok: true, userId: existing.id, created: false };
    await em.transactional(async (tx) => {
      await tx.nativeUpdate(User, { id: existing.id }, { roles: [...existing.roles, Role.ADMIN] });
      await audit.record(tx, origin, {
        action: AuditAction.ROLE_GRANTED,
        userId: existing.id,
        details: { role: Role.ADMIN, via: 'cli' },
      });
    });
    return { ok: true, userId: existing.id, created: false };
  }
  const parsed = validate(registerSchema, input);
  if (!parsed.ok) return { ok: false, problems: parsed.error.fieldErrors.map((e) => `${e.path.at(-1)}: ${e.message}`) };
  const passwordHash = await hashPassword(parsed.value.password);
  const user = await em.transactional(async (tx) => {
    const created = tx.create(User, {
      email: normalizeEmail(parsed.value.email),
      displayName: parsed.value.displayName,
      passwordHash,
      roles: [Role.GUEST, Role.ADMIN],
      emailVerifiedAt: new Date(),
    });
    await tx.flush();
    await audit.record(tx, origin, {
      action: AuditAction.ROLE_GRANTED,
      userId: created.id,
      details: { role: Role.ADMIN, via: 'cli' },
    });
    return created;
  });
  return { ok: true, userId: user.id, created: true };
}
