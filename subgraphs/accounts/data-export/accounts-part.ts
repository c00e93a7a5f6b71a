import type { EntityManager } from '@mikro-orm/postgresql';
import { HostProfile } from '../host/host-profile.entity';
import { UserPhone } from '../phone/user-phone.entity';
import { Profile } from '../profile/profile.entity';
import { Session } from '../session/session.entity';
import { User } from '../user/user.entity';

/** What accounts holds about the user, for their export: never a hash, secret or token. */
export async function accountsPart(em: EntityManager, userId: string): Promise<Record<string, unknown>> {
  // One after the other: inside a transaction the EntityManager has a single connection.
  const user = await em.findOneOrFail(User, { id: userId });
  const profile = await em.findOne(Profile, { user: userId });
  const hostProfile = await em.findOne(HostProfile, { user: userId });
  const phone = await em.findOne(UserPhone, { user: userId });
  const sessions = await em.find(Session, { user: userId }, { orderBy: { createdAt: 'asc' } });
  return {
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      roles: user.roles,
      emailVerifiedAt: user.emailVerifiedAt,
      mfaEnabled: user.mfaEnabledAt !== null,
      createdAt: user.createdAt,
    },
    profile: profile && {
      about: profile.about,
      preferredLanguage: profile.preferredLanguage,
      preferredCurrency: profile.preferredCurrency,
    },
    hostProfile: hostProfile && {
      displayName: hostProfile.displayName,
      about: hostProfile.about,
      languages: hostProfile.languages,
      responseTimeTarget: hostProfile.responseTimeTarget,
    },
    phone: phone && { number: phone.phoneNumber, verifiedAt: phone.verifiedAt },
    sessions: sessions.map((s) => ({
      createdAt: s.createdAt,
      lastUsedAt: s.lastUsedAt,
      revokedAt: s.revokedAt,
      ip: s.ip,
      userAgent: s.userAgent,
    })),
  };
}
