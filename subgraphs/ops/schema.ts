import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../platform/graphql/federated-schema';
import { JobResolver } from './jobs/job.resolver';

export function buildOpsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({ resolvers: [JobResolver] });
}
