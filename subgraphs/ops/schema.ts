import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../platform/graphql/federated-schema';
import { JOB_ID } from './jobs/failed-job.repository';
import { JobResolver } from './jobs/job.resolver';

export function buildOpsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [JobResolver],
    idFormats: { 'Mutation.retryFailedJob(id:)': (id) => JOB_ID.test(id) },
  });
}
