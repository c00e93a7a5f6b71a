import type { GraphQLSchema } from 'graphql';
import type { ContainerType } from 'type-graphql';
import { buildFederatedSchema } from '../../platform/graphql/federated-schema';
import { ListingReviewsResolver } from './external/listing-reviews.resolver';
import { UserReviewsResolver } from './external/user-reviews.resolver';
import { reviewReference } from './review/review.reference';
import { ReviewResolver } from './review/review.resolver';

export function buildReviewsSchema(container?: ContainerType): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [ReviewResolver, ListingReviewsResolver, UserReviewsResolver],
    references: reviewReference,
    container,
  });
}
