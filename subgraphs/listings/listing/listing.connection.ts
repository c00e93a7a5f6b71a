import { ConnectionType } from '../../../platform/graphql/pagination';
import { Listing } from './listing.entity';

export const ListingConnection = ConnectionType('Listing', Listing);
