import { registerEnumType } from 'type-graphql';
import { CANCELLATION_POLICY_VALUES, CancellationPolicy, ListingStatus } from '../../../contracts/enums/listings';

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
  valuesConfig: {
    DRAFT: { description: 'Not yet published: seen only by its host and admins, not bookable.' },
    PUBLISHED: { description: 'On the market: public, searchable and bookable.' },
    DEACTIVATED: {
      description:
        'Taken off the market by its host: seen only by its host and admins; `reactivateListing` puts it back.',
    },
  },
});
registerEnumType(PropertyType, {
  name: 'PropertyType',
  description: 'What kind of building the place is.',
  valuesConfig: {
    APARTMENT: { description: 'A flat in a multi-unit building.' },
    HOUSE: { description: 'A detached or semi-detached house.' },
    VILLA: { description: 'A large, usually upscale house, often with grounds or a pool.' },
    COTTAGE: { description: 'A small house, typically in the countryside.' },
    CABIN: { description: 'A simple house of wood or natural materials, often remote.' },
    BUNGALOW: { description: 'A single-storey house.' },
    LOFT: { description: 'An open-plan space, often in a converted industrial building.' },
    TOWNHOUSE: { description: 'A multi-floor house sharing walls with its neighbours.' },
    GUESTHOUSE: { description: 'A separate building on a property where the host may also live.' },
    BED_AND_BREAKFAST: { description: 'A small lodging where the host serves breakfast.' },
    BOUTIQUE_HOTEL: { description: 'A small hotel with its own character.' },
    BOAT: { description: 'A boat or houseboat, moored while guests stay.' },
    TINY_HOME: { description: 'A very small standalone house, often under 40 m².' },
    OTHER: { description: 'None of the above.' },
  },
});
registerEnumType(RoomType, {
  name: 'RoomType',
  description: 'How much of the property guests get.',
  valuesConfig: {
    ENTIRE_PLACE: { description: 'The whole place, shared with no one.' },
    PRIVATE_ROOM: { description: 'A room of their own; other spaces may be shared.' },
    SHARED_ROOM: { description: 'A sleeping space in a room shared with others.' },
    HOTEL_ROOM: { description: 'A room in a hotel or similar business.' },
  },
});
// Bookings registers the same contract enum: the description must stay identical in both.
registerEnumType(CancellationPolicy, {
  name: 'CancellationPolicy',
  description: 'How much of a booking is refunded when the guest cancels; the bookings domain applies it.',
  valuesConfig: CANCELLATION_POLICY_VALUES,
});
