import type Redis from 'ioredis';
import type { Clock } from '../../platform/runtime/clock';
import type { Config } from '../../platform/runtime/config';
import type { Logger } from '../../platform/runtime/logger';
import type { MfaKeyring } from '../../platform/runtime/mfa-keyring';
import { limiterFactory } from '../../platform/runtime/redis/rate-limiter';
import { suspendedUsers } from '../../platform/runtime/redis/suspended-users';
import { endedSessions } from '../../platform/runtime/redis/ended-sessions';
import { AccountDeletionResolver } from './account-deletion/account-deletion.resolver';
import { AccountDeletionService } from './account-deletion/account-deletion.service';
import { DataExportResolver } from './data-export/data-export.resolver';
import { DataExportService } from './data-export/data-export.service';
import { SuspensionResolver } from './admin/suspension.resolver';
import { SuspensionService } from './admin/suspension.service';
import { AuditLog } from './audit/audit-log';
import type { AccessTokenIssuer } from './auth/access-token';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { LoginGuard } from './auth/login-guard';
import { Reauthentication } from './auth/reauthentication';
import { HostResolver } from './host/host.resolver';
import { HostService } from './host/host.service';
import { MfaResolver } from './mfa/mfa.resolver';
import { MfaService } from './mfa/mfa.service';
import { SecretBox } from './mfa/secret-box';
import { phoneCodeHasher } from './phone/phone-code';
import { PhoneResolver } from './phone/phone.resolver';
import { PhoneVerificationService } from './phone/phone-verification.service';
import type { AvatarWiring } from './profile/avatar-wiring';
import { ProfileResolver } from './profile/profile.resolver';
import { ProfileService } from './profile/profile.service';
import { PasswordResolver } from './password/password.resolver';
import { PasswordService } from './password/password.service';
import { SessionEnding } from './session/session-ending';
import { SessionResolver } from './session/session.resolver';
import { SessionService } from './session/session.service';
import { EmailVerification } from './verification/email-verification.service';
import { OneTimeTokens } from './verification/one-time-tokens';
import { VerificationResolver } from './verification/verification.resolver';

const HOUR = 3600;
/** An export reads every domain's data about the user: a few a day is plenty for a person. */
const EXPORTS_PER_DAY = 3;

/** Builds the accounts services once per process and returns the resolvers that use them. */
export function accountsResolvers(options: {
  config: Config;
  logger: Logger;
  clock: Clock;
  redis: Redis | null;
  accessTokens: AccessTokenIssuer;
  mfaKeys: MfaKeyring;
  avatars: AvatarWiring;
}): object[] {
  const { config, logger, clock, redis } = options;
  const { security } = config;
  const limiter = limiterFactory(redis, config.redisKeyPrefix);
  const audit = new AuditLog(clock, logger);
  const guard = new LoginGuard(limiter, security);
  const reauth = new Reauthentication(guard, audit);
  const tokens = new OneTimeTokens(clock);
  const emailsPerAddress = limiter({
    name: 'email-address',
    points: security.emailMaxPerAddress,
    durationSeconds: HOUR,
  });
  const ending = new SessionEnding(
    endedSessions(redis, config.redisKeyPrefix),
    config.jwt.accessTokenTtlSeconds,
    logger,
  );
  const sessions = new SessionService(options.accessTokens, clock, config.jwt, audit, ending);
  const verification = new EmailVerification(
    tokens,
    reauth,
    audit,
    clock,
    security.verifyEmailTtlHours * HOUR * 1000,
    emailsPerAddress,
  );
  const mfa = new MfaService(new SecretBox(options.mfaKeys), reauth, guard, audit, clock);
  const registrations = limiter({ name: 'register-ip', points: security.registerMaxPerIp, durationSeconds: HOUR });
  const passwords = new PasswordService(
    tokens,
    reauth,
    guard,
    audit,
    clock,
    { resetTtlMs: security.resetPasswordTtlMinutes * 60_000 },
    {
      perIp: limiter({ name: 'reset-ip', points: security.registerMaxPerIp, durationSeconds: HOUR }),
      perAddress: emailsPerAddress,
    },
    ending,
  );
  const denylist = suspendedUsers(redis, config.redisKeyPrefix);
  return [
    new AuthResolver(new AuthService({ sessions, guard, audit, tokens, verification, mfa, registrations })),
    new SessionResolver(sessions),
    new VerificationResolver(verification),
    new PasswordResolver(passwords),
    new MfaResolver(mfa),
    new AccountDeletionResolver(new AccountDeletionService(reauth, mfa, audit, ending, clock)),
    new DataExportResolver(
      new DataExportService(
        limiter({ name: 'data-export', points: EXPORTS_PER_DAY, durationSeconds: 24 * HOUR }),
        clock,
      ),
    ),
    new HostResolver(new HostService(sessions, audit)),
    new ProfileResolver(new ProfileService()),
    options.avatars.resolver(),
    new PhoneResolver(
      new PhoneVerificationService(phoneCodeHasher(config), clock, {
        perUser: limiter({ name: 'phone-code-user', points: config.sms.codesMaxPerUser, durationSeconds: HOUR }),
        perNumber: limiter({ name: 'phone-code-number', points: config.sms.codesMaxPerNumber, durationSeconds: HOUR }),
      }),
    ),
    new SuspensionResolver(new SuspensionService(denylist, audit, clock, config.jwt.accessTokenTtlSeconds, ending)),
  ];
}
