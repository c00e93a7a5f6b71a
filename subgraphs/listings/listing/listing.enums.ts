import { registerEnumType } from 'type-graphql';

export enum ListingStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  DEACTIVATED = 'DEACTIVATED',
}

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

export enum CancellationPolicy {
  FLEXIBLE = 'FLEXIBLE',
  MODERATE = 'MODERATE',
  STRICT = 'STRICT',
  NON_REFUNDABLE = 'NON_REFUNDABLE',
}

registerEnumType(ListingStatus, {
  name: 'ListingStatus',
  description: 'DRAFT until first published; PUBLISHED listings are public; DEACTIVATED ones are hidden until reactivated.',
});
registerEnumType(PropertyType, { name: 'PropertyType', description: 'What kind of building the place is.' });
registerEnumType(RoomType, { name: 'RoomType', description: 'How much of the property guests get.' });
registerEnumType(CancellationPolicy, {
  name: 'CancellationPolicy',
  description: 'How much of a booking is refunded when the guest cancels; the bookings domain applies it.',
});
