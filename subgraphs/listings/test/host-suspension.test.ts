import type { EntityManager } from '@mikro-orm/postgresql';
import { signedInAdmin, signedInVerifiedUser } from '../../../test/support/accounts/factories';
import { callSubgraph } from '../../../test/support/subgraph-client';
import { useStackWithWorker } from '../../../test/support/stack-with-worker';
import { waitFor } from '../../../test/support/wait-for';
import type { JobContext } from '../../../platform/events/event-handler';
import { newId } from '../../../platform/graphql/ids';
import { hideSuspendedHost, showReinstatedHost } from '../projections/host-standing.handlers';
import { asHost, createDraft, createPublishedListing } from '../../../test/support/listings/factories';
import { ListingDocument, ReinstateUserDocument, SuspendUserDocument } from '../../../test/support/generated/graphql';

// _entities is the listings subgraph's own field, not the public API: a raw document.
const HOST_LISTINGS = /* GraphQL */ `
  query HostListings($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on User {
        listings {
          edges {
            node {
              id
            }
          }
        }
      }
    }
  }
`;

const running = useStackWithWorker();

const accountsEm = () => running.stack.subgraph('accounts').orm.em.fork();
const listingsEm = () => running.stack.subgraph('listings').orm.em.fork();

async function visibleStatus(token: string | undefined, id: string): Promise<string | null> {
  const { listing } = await running.stack.client.data(ListingDocument, { token, variables: { id } });
  return listing?.status ?? null;
}

async function listingsOfHost(hostId: string): Promise<string[]> {
  const response = await callSubgraph(running.stack.subgraph('listings').url, {
    query: HOST_LISTINGS,
    variables: { representations: [{ __typename: 'User', id: hostId }] },
  });
  const body = (await response.json()) as {
    data: { _entities: { listings: { edges: { node: { id: string } }[] } }[] };
  };
  return body.data._entities[0].listings.edges.map((e) => e.node.id);
}

describe("a suspended host's listings", () => {
  it('disappear for everyone but admins while the host is suspended, and come back on reinstatement', async () => {
    const admin = await signedInAdmin(running.stack.client, accountsEm());
    const host = await asHost(running.stack.client, await signedInVerifiedUser(running.stack.client, accountsEm()));
    const listing = await createPublishedListing(running.stack.client, host.token);
    await createDraft(running.stack.client, host.token);
    expect(await visibleStatus(undefined, listing.id)).toBe('PUBLISHED');

    await running.stack.client.data(SuspendUserDocument, {
      token: admin.token,
      variables: { input: { userId: host.id, reason: 'fake listings' } },
    });
    await waitFor(async () => (await visibleStatus(undefined, listing.id)) === null, {
      what: 'the listing to be hidden',
    });
    expect(await listingsOfHost(host.id)).toEqual([]);
    expect(await visibleStatus(admin.token, listing.id)).toBe('PUBLISHED');

    await running.stack.client.data(ReinstateUserDocument, { token: admin.token, variables: { userId: host.id } });
    await waitFor(async () => (await visibleStatus(undefined, listing.id)) === 'PUBLISHED', {
      what: 'the listing to come back',
    });
    expect(await listingsOfHost(host.id)).toEqual([listing.id]);
    // Both handlers applied once each, recorded in the listings inbox.
    const applied = await listingsEm().execute<{ handler: string }[]>(
      `select i.handler from listings.inbox i join events.log e on e.id = i.event_id where e.payload->>'userId' = ? order by e.id`,
      [host.id],
    );
    expect(applied.map((a) => a.handler)).toEqual(['listings.hide_suspended_host', 'listings.show_reinstated_host']);
  });
});

describe('the host standing projection', () => {
  const context = (em: EntityManager) => ({ em }) as JobContext;
  const suspended = (id: string, userId: string) => ({
    id,
    name: 'user.suspended',
    version: 1,
    producer: 'accounts',
    occurredAt: new Date(),
    requestId: null,
    payload: { userId, suspendedAt: new Date().toISOString() },
  });
  const reinstated = (id: string, userId: string) => ({
    id,
    name: 'user.reinstated',
    version: 1,
    producer: 'accounts',
    occurredAt: new Date(),
    requestId: null,
    payload: { userId, reinstatedAt: new Date().toISOString() },
  });
  const standing = async (hostId: string) =>
    (
      await listingsEm().execute<{ suspended: boolean }[]>(
        'select suspended from listings.host_standings where host_id = ?',
        [hostId],
      )
    )[0]?.suspended;

  it('keeps the later event when deliveries arrive out of order', async () => {
    const hostId = newId();
    const [earlier, later] = [newId(), newId()];
    await showReinstatedHost.handle(reinstated(later, hostId), context(listingsEm()));
    await hideSuspendedHost.handle(suspended(earlier, hostId), context(listingsEm()));
    expect(await standing(hostId)).toBe(false);

    const latest = newId();
    await hideSuspendedHost.handle(suspended(latest, hostId), context(listingsEm()));
    expect(await standing(hostId)).toBe(true);
  });
});
