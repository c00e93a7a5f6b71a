import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SearchListingsDocument, type SearchListingsQueryVariables } from '../../../test/support/generated/graphql';
import { ofType, type GraphQLClient } from '../../../test/support/graphql-client';
import { newId } from '../../../platform/graphql/ids';
import { Listing } from '../listing/listing.entity';
import { ListingStatus } from '../listing/listing.enums';
import type { CreateListingInput } from '../listing/listing.inputs';
import { validateNewListing } from '../listing/listing.validation';
import { listingInput } from '../../../test/support/listings/factories';

/** `searchListings` as clients send it (the persisted SearchListings operation). */
export async function search(client: GraphQLClient, variables: SearchListingsQueryVariables, token?: string) {
  const { searchListings } = await client.data(SearchListingsDocument, { variables, token });
  return searchListings;
}

/** A page of results that must come back; fails the test with the error otherwise. */
export async function searchPage(client: GraphQLClient, variables: SearchListingsQueryVariables, token?: string) {
  return ofType(await search(client, variables, token), 'ListingSearchConnection');
}

/** Ids of every page, fetched `first` at a time through the cursors. */
export async function allPages(
  client: GraphQLClient,
  variables: Omit<SearchListingsQueryVariables, 'first' | 'after'>,
  first: number,
  token?: string,
): Promise<string[]> {
  const ids: string[] = [];
  for (let after: string | null = null; ;) {
    const page = await searchPage(client, { ...variables, first, after }, token);
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
