import type { GraphQLSchema } from 'graphql';
import type { ContainerType } from 'type-graphql';
import { buildFederatedSchema } from '../../platform/graphql/federated-schema';
import { HostListingsResolver } from './external/host-listings.resolver';
import { HostingResolver } from './listing/hosting.resolver';
import { ListingResolver } from './listing/listing.resolver';
import { listingReference } from './listing/listing.reference';
import { SearchResolver } from './search/search.resolver';
import { ListingPhotoResolver } from './photos/listing-photo.resolver';
import { ListingPhotosResolver } from './photos/listing-photos.resolver';
import { PhotoHostingResolver } from './photos/photo-hosting.resolver';

export function buildListingsSchema(container?: ContainerType): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      ListingResolver,
      HostingResolver,
      HostListingsResolver,
      SearchResolver,
      PhotoHostingResolver,
      ListingPhotosResolver,
      ListingPhotoResolver,
    ],
    references: listingReference,
    container,
  });
}
