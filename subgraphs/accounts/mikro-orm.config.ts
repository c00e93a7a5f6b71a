import type { Config } from '../../platform/runtime/config';
import { InboxEntry } from '../../platform/events/inbox.entity';
import { AuditEntry } from './audit/audit-entry.entity';
import { HostedListing } from './account-deletion/hosted-listing.entity';
import { UserStay } from './account-deletion/user-stay.entity';
import { DataExport } from './data-export/data-export.entity';
import { HostProfile } from './host/host-profile.entity';
import { RecoveryCode } from './mfa/recovery-code.entity';
import { PhoneVerification } from './phone/phone-verification.entity';
import { UserPhone } from './phone/user-phone.entity';
import { Avatar } from './profile/avatar.entity';
import { Profile } from './profile/profile.entity';
import { createOrmConfig } from '../../platform/database/orm-config';
import { migrations } from './migrations';
import { RegistrationKey } from './auth/registration-key.entity';
import { RefreshToken } from './session/refresh-token.entity';
import { Session } from './session/session.entity';
import { User } from './user/user.entity';
import { OneTimeToken } from './verification/one-time-token.entity';

export const ACCOUNTS_SCHEMA = 'accounts';

export function accountsOrmConfig(config: Pick<Config, 'databaseUrl' | 'db' | 'mode'>) {
  return createOrmConfig({
    schema: ACCOUNTS_SCHEMA,
    entities: [
      User,
      Session,
      RefreshToken,
      OneTimeToken,
      RecoveryCode,
      HostProfile,
      Profile,
      Avatar,
      UserPhone,
      PhoneVerification,
      AuditEntry,
      InboxEntry,
      HostedListing,
      UserStay,
      DataExport,
      RegistrationKey,
    ],
    migrations,
    config,
  });
}
