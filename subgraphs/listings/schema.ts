import type { GraphQLSchema } from 'graphql';
import type { ContainerType } from 'type-graphql';
import { buildFederatedSchema } from '../kernel/federated-schema';
import { HostListingsResolver } from './external/host-listings.resolver';
import { HostingResolver } from './listing/hosting.resolver';
import { ListingResolver } from './listing/listing.resolver';
import { listingReference } from './listing/listing.reference';

export function buildListingsSchema(container?: ContainerType): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [ListingResolver, HostingResolver, HostListingsResolver],
    references: listingReference,
    container,
  });
}
