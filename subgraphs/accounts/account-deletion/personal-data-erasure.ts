import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../../platform/graphql/role';
import { DataExport } from '../data-export/data-export.entity';
import { HostProfile } from '../host/host-profile.entity';
import { RecoveryCode } from '../mfa/recovery-code.entity';
import { PhoneVerification } from '../phone/phone-verification.entity';
import { UserPhone } from '../phone/user-phone.entity';
import { Avatar, AvatarStatus } from '../profile/avatar.entity';
import { Profile } from '../profile/profile.entity';
import { Session } from '../session/session.entity';
import { User } from '../user/user.entity';
import { OneTimeToken } from '../verification/one-time-token.entity';

/** The public name of a deleted user wherever they are still referenced (a review's author, a past booking). */
export const FORMER_USER_NAME = 'Former guest';

/** Audit details that name the person rather than what happened (emails, an admin's words about them). */
const PERSONAL_AUDIT_KEYS = ['email', 'previousEmail'];

/** Not an address (no `@`): nothing can be mailed to it, and sign-in never finds a deleted user. */
export function tombstoneEmail(userId: string): string {
  return `deleted:${userId}`;
}

/**
 * Erases what identifies the user and keeps the row, so every reference to the id (bookings,
 * payments, reviews, the audit trail) still resolves, to a nameless former user. Call after the
 * user's sessions have been ended: their rows, devices and addresses go too.
 */
export async function erasePersonalData(tx: EntityManager, userId: string, now: Date): Promise<void> {
  // Pending changes to a loaded User (a used MFA step) must not overwrite the erasure at commit.
  await tx.flush();
  await tx.nativeUpdate(
    User,
    { id: userId },
    {
      email: tombstoneEmail(userId),
      displayName: FORMER_USER_NAME,
      passwordHash: '',
      emailVerifiedAt: null,
      roles: [Role.GUEST],
      suspendedReason: null,
      mfaSecret: null,
      mfaKeyId: null,
      mfaEnabledAt: null,
      mfaLastUsedStep: null,
      deletedAt: now,
    },
  );
  await tx.nativeDelete(Profile, { user: userId });
  await tx.nativeDelete(HostProfile, { user: userId });
  await tx.nativeDelete(RecoveryCode, { user: userId });
  await tx.nativeDelete(OneTimeToken, { user: userId });
  await tx.nativeDelete(Session, { user: userId });
  await tx.nativeDelete(DataExport, { userId });
  await tx.nativeDelete(UserPhone, { user: userId });
  await tx.nativeDelete(PhoneVerification, { userId });
  // The avatar cleanup job removes the files of DELETED avatars (within 15 minutes), then their rows.
  await tx.nativeUpdate(Avatar, { userId, status: { $ne: AvatarStatus.DELETED } }, { status: AvatarStatus.DELETED });
  await tx.execute(
    `update accounts.audit_log
        set ip = null, user_agent = null,
            details = case when action = 'USER_SUSPENDED' then details - 'reason' else details end - ?::text[]
      where user_id = ?`,
    [`{${PERSONAL_AUDIT_KEYS.join(',')}}`, userId],
  );
}
