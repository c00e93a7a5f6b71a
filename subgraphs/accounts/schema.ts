import type { GraphQLSchema } from 'graphql';
import type { ContainerType } from 'type-graphql';
import { buildFederatedSchema } from '../kernel/federated-schema';
import { AuthResolver } from './auth/auth.resolver';
import { SessionResolver } from './session/session.resolver';
import { UserResolver } from './user/user.resolver';
import { userReference } from './user/user.reference';

export function buildAccountsSchema(container?: ContainerType): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [UserResolver, AuthResolver, SessionResolver],
    references: userReference,
    container,
  });
}
