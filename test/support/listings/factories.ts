import type { GraphQLClient } from '../graphql-client';
import {
  BECOME_HOST,
  changeStatusDocument,
  CREATE_LISTING,
  UPDATE_LISTING,
  type ListingShape,
  type Outcome,
} from './operations';

/** A complete, valid listing; tests change the fields they are about. */
export function listingInput(overrides: Record<string, unknown> = {}) {
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
  const { becomeHost } = await client.data<{ becomeHost: { __typename: string; accessToken?: string } }>(BECOME_HOST, {
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
  if (!becomeHost.accessToken) throw new Error(`becomeHost failed: ${JSON.stringify(becomeHost)}`);
  return { ...user, token: becomeHost.accessToken };
}

export async function createListing(
  client: GraphQLClient,
  token: string,
  overrides: Record<string, unknown> = {},
): Promise<Outcome> {
  const { createListing } = await client.data<{ createListing: Outcome }>(CREATE_LISTING, {
    token,
    variables: { input: listingInput(overrides) },
  });
  return createListing;
}

/** A draft that must be created; fails the test otherwise. */
export async function createDraft(
  client: GraphQLClient,
  token: string,
  overrides: Record<string, unknown> = {},
): Promise<ListingShape> {
  const result = await createListing(client, token, overrides);
  if (!result.listing) throw new Error(`createListing failed: ${JSON.stringify(result)}`);
  return result.listing;
}

export async function changeStatus(
  client: GraphQLClient,
  token: string,
  change: 'publish' | 'deactivate' | 'reactivate',
  id: string,
): Promise<Outcome> {
  const { result } = await client.data<{ result: Outcome }>(changeStatusDocument(change), { token, variables: { id } });
  return result;
}

export async function createPublishedListing(
  client: GraphQLClient,
  token: string,
  overrides: Record<string, unknown> = {},
): Promise<ListingShape> {
  const draft = await createDraft(client, token, overrides);
  const published = await changeStatus(client, token, 'publish', draft.id);
  if (!published.listing) throw new Error(`publishListing failed: ${JSON.stringify(published)}`);
  return { ...draft, ...published.listing };
}

export async function updateListing(
  client: GraphQLClient,
  token: string,
  id: string,
  expectedVersion: number,
  input: Record<string, unknown>,
): Promise<Outcome> {
  const { updateListing } = await client.data<{ updateListing: Outcome }>(UPDATE_LISTING, {
    token,
    variables: { id, expectedVersion, input },
  });
  return updateListing;
}
