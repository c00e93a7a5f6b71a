import type { GraphQLSchema } from 'graphql';
import type { ContainerType } from 'type-graphql';
import { buildFederatedSchema } from '../../platform/graphql/federated-schema';
import { AccountDeletionResolver } from './account-deletion/account-deletion.resolver';
import { DataExportResolver } from './data-export/data-export.resolver';
import { SuspensionResolver } from './admin/suspension.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { HostResolver } from './host/host.resolver';
import { MfaResolver } from './mfa/mfa.resolver';
import { PhoneResolver } from './phone/phone.resolver';
import { AvatarResolver } from './profile/avatar.resolver';
import { ProfileResolver } from './profile/profile.resolver';
import { PasswordResolver } from './password/password.resolver';
import { SessionResolver } from './session/session.resolver';
import { UserResolver } from './user/user.resolver';
import { userReference } from './user/user.reference';
import { VerificationResolver } from './verification/verification.resolver';

export function buildAccountsSchema(container?: ContainerType): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      UserResolver,
      AuthResolver,
      SessionResolver,
      VerificationResolver,
      PasswordResolver,
      MfaResolver,
      HostResolver,
      ProfileResolver,
      AvatarResolver,
      PhoneResolver,
      SuspensionResolver,
      AccountDeletionResolver,
      DataExportResolver,
    ],
    references: userReference,
    container,
  });
}
