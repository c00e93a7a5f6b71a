import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLClient } from '../../../test/support/graphql-client';
import { newId } from '../../../platform/graphql/ids';
import { Listing } from '../listing/listing.entity';
import { ListingStatus } from '../listing/listing.enums';
import type { CreateListingInput } from '../listing/listing.inputs';
import { validateNewListing } from '../listing/listing.validation';
import { listingInput } from '../../../test/support/listings/factories';

export const SEARCH = /* GraphQL */ `
  query Search($filter: ListingSearchFilter, $sort: ListingSearchSort, $first: Int, $after: String) {
    searchListings(filter: $filter, sort: $sort, first: $first, after: $after) {
      __typename
      ... on ListingSearchConnection {
        edges {
          cursor
          distanceKm
          node {
            id
            title
            host {
              id
            }
          }
        }
        pageInfo {
          hasNextPage
          hasPreviousPage
          endCursor
        }
      }
      ... on UserError {
        code
        message
      }
      ... on ValidationError {
        fieldErrors {
          path
          code
          message
        }
      }
    }
  }
`;

export type SearchOutcome = {
  __typename: string;
  code?: string;
  fieldErrors?: { path: string[]; code: string }[];
  edges?: { cursor: string; distanceKm: number | null; node: { id: string; title: string; host: { id: string } } }[];
  pageInfo?: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
};

export async function search(
  client: GraphQLClient,
  variables: Record<string, unknown>,
  token?: string,
): Promise<SearchOutcome> {
  const { searchListings } = await client.data<{ searchListings: SearchOutcome }>(SEARCH, { variables, token });
  return searchListings;
}

/** Ids of every page, fetched `first` at a time through the cursors. */
export async function allPages(
  client: GraphQLClient,
  variables: Record<string, unknown>,
  first: number,
  token?: string,
): Promise<string[]> {
  const ids: string[] = [];
  for (let after: string | null = null; ;) {
    const page = await search(client, { ...variables, first, after }, token);
    if (!page.edges || !page.pageInfo) throw new Error(`search failed: ${JSON.stringify(page)}`);
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
}

/** A city name no other test uses, so a file's searches see only its own listings. */
export function uniqueCity(): string {
  return `Testtown ${randomUUID().slice(0, 8)}`;
}

/** Inserts listings directly (faster than the API) with the given differences from a valid one. */
export async function insertListings(em: EntityManager, rows: Record<string, unknown>[]): Promise<string[]> {
  const base = validateNewListing(listingInput() as unknown as CreateListingInput);
  if (!base.ok) throw new Error('the seed listing is invalid');
  const ids = rows.map((row, i) => {
    const { address, capacity, ...rest } = row as { address?: object; capacity?: object };
    return em.create(Listing, {
      ...base.value,
      id: newId(),
      hostId: newId(),
      status: ListingStatus.PUBLISHED,
      publishedAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
      ...rest,
      address: { ...base.value.address, ...address },
      capacity: { ...base.value.capacity, ...capacity },
    }).id;
  });
  await em.flush();
  return ids;
}
