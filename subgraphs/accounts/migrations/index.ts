import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128020000CreateUsers } from './Migration20261128020000CreateUsers';
import { Migration20261128031000CreateInbox } from './Migration20261128031000CreateInbox';
import { Migration20261128040000CreateSessions } from './Migration20261128040000CreateSessions';
import { Migration20261128050000AddEmailVerification } from './Migration20261128050000AddEmailVerification';
import { Migration20261128051000CreateAuditLog } from './Migration20261128051000CreateAuditLog';
import { Migration20261128052000AddMfa } from './Migration20261128052000AddMfa';
import { Migration20261128053000AddHostsAndSuspension } from './Migration20261128053000AddHostsAndSuspension';
import { Migration20261202075500CreateProfiles } from './Migration20261202075500CreateProfiles';
import { Migration20261202091500AddMfaKeyId } from './Migration20261202091500AddMfaKeyId';
import { Migration20261202092000AddAccountDeletion } from './Migration20261202092000AddAccountDeletion';
import { Migration20261202092400CreateDataExports } from './Migration20261202092400CreateDataExports';
import { Migration20261202095000CreateRegistrationKeys } from './Migration20261202095000CreateRegistrationKeys';
import { Migration20261202091600CreateAvatars } from './Migration20261202091600CreateAvatars';
import { Migration20261202091700CreatePhones } from './Migration20261202091700CreatePhones';

/** Listed explicitly so the same list runs from TypeScript sources (tests) and compiled JavaScript. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261128020000CreateUsers', class: Migration20261128020000CreateUsers },
  { name: 'Migration20261128031000CreateInbox', class: Migration20261128031000CreateInbox },
  { name: 'Migration20261128040000CreateSessions', class: Migration20261128040000CreateSessions },
  { name: 'Migration20261128050000AddEmailVerification', class: Migration20261128050000AddEmailVerification },
  { name: 'Migration20261128051000CreateAuditLog', class: Migration20261128051000CreateAuditLog },
  { name: 'Migration20261128052000AddMfa', class: Migration20261128052000AddMfa },
  { name: 'Migration20261128053000AddHostsAndSuspension', class: Migration20261128053000AddHostsAndSuspension },
  { name: 'Migration20261202075500CreateProfiles', class: Migration20261202075500CreateProfiles },
  { name: 'Migration20261202091500AddMfaKeyId', class: Migration20261202091500AddMfaKeyId },
  { name: 'Migration20261202091600CreateAvatars', class: Migration20261202091600CreateAvatars },
  { name: 'Migration20261202091700CreatePhones', class: Migration20261202091700CreatePhones },
  { name: 'Migration20261202092000AddAccountDeletion', class: Migration20261202092000AddAccountDeletion },
  { name: 'Migration20261202092400CreateDataExports', class: Migration20261202092400CreateDataExports },
  { name: 'Migration20261202095000CreateRegistrationKeys', class: Migration20261202095000CreateRegistrationKeys },
];
