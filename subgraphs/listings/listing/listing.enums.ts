import { registerEnumType } from 'type-graphql';
import { CancellationPolicy, ListingStatus } from '../../../contracts/enums/listings';

// The enums events carry are the contract's; registered here for GraphQL, and re-exported so the subgraph has one place to import them from.
export { CancellationPolicy, ListingStatus };

export enum PropertyType {
  APARTMENT = 'APARTMENT',
  HOUSE = 'HOUSE',
  VILLA = 'VILLA',
  COTTAGE = 'COTTAGE',
  CABIN = 'CABIN',
  BUNGALOW = 'BUNGALOW',
  LOFT = 'LOFT',
  TOWNHOUSE = 'TOWNHOUSE',
  GUESTHOUSE = 'GUESTHOUSE',
  BED_AND_BREAKFAST = 'BED_AND_BREAKFAST',
  BOUTIQUE_HOTEL = 'BOUTIQUE_HOTEL',
  BOAT = 'BOAT',
  TINY_HOME = 'TINY_HOME',
  OTHER = 'OTHER',
}

export enum RoomType {
  ENTIRE_PLACE = 'ENTIRE_PLACE',
  PRIVATE_ROOM = 'PRIVATE_ROOM',
  SHARED_ROOM = 'SHARED_ROOM',
  HOTEL_ROOM = 'HOTEL_ROOM',
}

registerEnumType(ListingStatus, {
  name: 'ListingStatus',
  description:
    'DRAFT until first published; PUBLISHED listings are public; DEACTIVATED ones are hidden until reactivated.',
});
registerEnumType(PropertyType, { name: 'PropertyType', description: 'What kind of building the place is.' });
registerEnumType(RoomType, { name: 'RoomType', description: 'How much of the property guests get.' });
// Bookings registers the same contract enum: the description must stay identical in both.
registerEnumType(CancellationPolicy, {
  name: 'CancellationPolicy',
  description: 'How much of a booking is refunded when the guest cancels; the bookings domain applies it.',
});
