import { ConnectionType } from '../../kernel/pagination';
import { Listing } from './listing.entity';

export const ListingConnection = ConnectionType('Listing', Listing);
