import {
  BecomeHostDocument,
  CreateListingDocument,
  DeactivateListingOutcomeDocument,
  PublishListingOutcomeDocument,
  ReactivateListingOutcomeDocument,
  UpdateListingDocument,
  type CreateListingInput,
  type ListingDetailsFragment,
  type ListingStatusOutcomeFragment,
  type UpdateListingInput,
} from '../generated/graphql';
import { ofType, type GraphQLClient } from '../graphql-client';

/** A complete, valid listing; tests change the fields they are about. */
export function listingInput(overrides: Partial<CreateListingInput> = {}): CreateListingInput {
  return {
    title: 'Sea-view flat in Diani',
    description: 'Two bedrooms, a balcony over the Indian Ocean and a short walk to the beach.',
    propertyType: 'APARTMENT',
    roomType: 'ENTIRE_PLACE',
    address: { street: '12 Beach Road', city: 'Diani', region: 'Kwale', postalCode: '80401', country: 'KE' },
    latitude: -4.3167,
    longitude: 39.5667,
    timeZone: 'Africa/Nairobi',
    capacity: { guests: 4, bedrooms: 2, beds: 3, bathrooms: 1.5 },
    amenities: ['WIFI', 'POOL', 'KITCHEN'],
    houseRules: 'No parties. Quiet after 22:00.',
    checkInTime: '15:00',
    checkOutTime: '11:00',
    currency: 'USD',
    nightlyPrice: '120.50',
    cleaningFee: '30',
    minNights: 2,
    maxNights: 30,
    instantBook: true,
    cancellationPolicy: 'MODERATE',
    ...overrides,
  };
}

/**
 * Makes a signed-in user with a confirmed email a host through the real `becomeHost`, and returns
 * them with the fresh access token that carries the HOST role.
 */
export async function asHost<U extends { token: string }>(client: GraphQLClient, user: U): Promise<U> {
  const { becomeHost } = await client.data(BecomeHostDocument, {
    token: user.token,
    variables: {
      input: {
        displayName: 'Hana Host',
        about: 'Places by the sea.',
        languages: ['en'],
        responseTimeTarget: 'WITHIN_A_DAY',
      },
    },
  });
  return { ...user, token: ofType(becomeHost, 'BecomeHostSuccess').accessToken };
}

export async function createListing(client: GraphQLClient, token: string, overrides: Partial<CreateListingInput> = {}) {
  const { createListing } = await client.data(CreateListingDocument, {
    token,
    variables: { input: listingInput(overrides) },
  });
  return createListing;
}

/** A draft that must be created; fails the test otherwise. */
export async function createDraft(
  client: GraphQLClient,
  token: string,
  overrides: Partial<CreateListingInput> = {},
): Promise<ListingDetailsFragment> {
  return ofType(await createListing(client, token, overrides), 'ListingSaved').listing;
}

export async function changeStatus(
  client: GraphQLClient,
  token: string,
  change: 'publish' | 'deactivate' | 'reactivate',
  id: string,
): Promise<ListingStatusOutcomeFragment> {
  const options = { token, variables: { id } };
  switch (change) {
    case 'publish':
      return (await client.data(PublishListingOutcomeDocument, options)).publishListing;
    case 'deactivate':
      return (await client.data(DeactivateListingOutcomeDocument, options)).deactivateListing;
    case 'reactivate':
      return (await client.data(ReactivateListingOutcomeDocument, options)).reactivateListing;
  }
}

export async function createPublishedListing(
  client: GraphQLClient,
  token: string,
  overrides: Partial<CreateListingInput> = {},
): Promise<ListingDetailsFragment> {
  const draft = await createDraft(client, token, overrides);
  const published = ofType(await changeStatus(client, token, 'publish', draft.id), 'ListingStatusChanged');
  return { ...draft, ...published.listing };
}

export async function updateListing(
  client: GraphQLClient,
  token: string,
  id: string,
  expectedVersion: number,
  input: UpdateListingInput,
) {
  const { updateListing } = await client.data(UpdateListingDocument, {
    token,
    variables: { id, expectedVersion, input },
  });
  return updateListing;
}
