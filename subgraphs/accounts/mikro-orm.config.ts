import type { Config } from '../../platform/runtime/config';
import { InboxEntry } from '../../platform/events/inbox.entity';
import { AuditEntry } from './audit/audit-entry.entity';
import { HostProfile } from './host/host-profile.entity';
import { RecoveryCode } from './mfa/recovery-code.entity';
import { Profile } from './profile/profile.entity';
import { createOrmConfig } from '../../platform/database/orm-config';
import { migrations } from './migrations';
import { RefreshToken } from './session/refresh-token.entity';
import { Session } from './session/session.entity';
import { User } from './user/user.entity';
import { OneTimeToken } from './verification/one-time-token.entity';

export const ACCOUNTS_SCHEMA = 'accounts';

export function accountsOrmConfig(config: Pick<Config, 'databaseUrl' | 'db' | 'mode'>) {
  return createOrmConfig({
    schema: ACCOUNTS_SCHEMA,
    entities: [User, Session, RefreshToken, OneTimeToken, RecoveryCode, HostProfile, Profile, AuditEntry, InboxEntry],
    migrations,
    config,
  });
}
