import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../../platform/graphql/role';
import { validate } from '../../../platform/graphql/validation';
import type { Viewer } from '../../../platform/graphql/viewer';
import { AuditAction } from '../audit/audit-action';
import type { AuditLog, RequestOrigin } from '../audit/audit-log';
import type { SessionService } from '../session/session.service';
import { User } from '../user/user.entity';
import { AlreadyHostError, EmailNotVerifiedError, NotHostError } from './host.errors';
import { hostProfileSchema, type HostProfileInput } from './host.inputs';
import {
  BecomeHostSuccess,
  HostProfileUpdated,
  type BecomeHostResult,
  type UpdateHostProfileResult,
} from './host.results';
import { HostProfile } from './host-profile.entity';

export class HostService {
  constructor(
    private readonly sessions: SessionService,
    private readonly audit: AuditLog,
  ) {}

  /** Adds the HOST role and a public host profile, and hands back tokens that carry the role. */
  async becomeHost(
    em: EntityManager,
    viewer: Viewer,
    input: HostProfileInput,
    origin: RequestOrigin,
  ): Promise<BecomeHostResult> {
    const parsed = validate(hostProfileSchema, input);
    if (!parsed.ok) return parsed.error;
    return em.transactional(async (tx) => {
      const user = await tx.findOneOrFail(User, { id: viewer.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      // Checked here too, not only by the gateway's rule: the token's claim may be older than the database.
      if (!user.emailVerifiedAt) return new EmailNotVerifiedError();
      if (user.roles.includes(Role.HOST)) return new AlreadyHostError();
      user.roles = [...user.roles, Role.HOST];
      tx.create(HostProfile, { user, ...parsed.value });
      await tx.flush();
      await this.audit.record(tx, origin, {
        action: AuditAction.ROLE_GRANTED,
        userId: user.id,
        details: { role: Role.HOST },
      });
      return new BecomeHostSuccess(await this.sessions.reissue(tx, user, viewer.sessionId), user);
    });
  }

  async updateProfile(em: EntityManager, userId: string, input: HostProfileInput): Promise<UpdateHostProfileResult> {
    const parsed = validate(hostProfileSchema, input);
    if (!parsed.ok) return parsed.error;
    const profile = await em.findOne(HostProfile, { user: userId });
    if (!profile) return new NotHostError();
    em.assign(profile, parsed.value);
    await em.flush();
    return new HostProfileUpdated(profile);
  }
}
