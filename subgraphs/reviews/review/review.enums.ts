import { registerEnumType } from 'type-graphql';
import { ReviewDirection } from '../../../contracts/enums/reviews';

// The contract's enum, registered here for GraphQL and re-exported so the subgraph imports it from one place.
export { ReviewDirection };

export enum ReviewSort {
  NEWEST = 'NEWEST',
  HIGHEST = 'HIGHEST',
  LOWEST = 'LOWEST',
}

registerEnumType(ReviewDirection, {
  name: 'ReviewDirection',
  description: 'Who reviewed whom after a stay.',
  valuesConfig: {
    GUEST_TO_LISTING: { description: 'The guest reviewed the listing (and so its host).' },
    HOST_TO_GUEST: { description: 'The host reviewed the guest.' },
  },
});

registerEnumType(ReviewSort, {
  name: 'ReviewSort',
  description: "The order of a listing's reviews.",
  valuesConfig: {
    NEWEST: { description: 'Most recently published first.' },
    HIGHEST: { description: 'Highest rating first, newest first among equals.' },
    LOWEST: { description: 'Lowest rating first, newest first among equals.' },
  },
});
