import type { GraphQLError } from 'graphql';
import { unauthenticated } from '../platform/graphql/graphql-errors';
import type { EndedSessions } from '../platform/runtime/redis/ended-sessions';
import type { SuspendedUsers } from '../platform/runtime/redis/suspended-users';
import type { Viewer } from '../platform/graphql/viewer';

export interface RevocationLists {
  suspendedUsers: SuspendedUsers;
  endedSessions: EndedSessions;
}

/**
 * The 401 for a still-unexpired access token of a suspended user, or of a session that has ended
 * (signed out, revoked, password changed or reset, refresh token reused, suspended; the latter gets
 * the answer an invalid or expired token gets), or null. Both lists are read on every authenticated
 * request, uncached. Subgraphs need not check: they serve only requests the gateway signed. If a
 * list cannot be read (Redis down) the request goes on: failing closed would sign everybody out,
 * and the token expires within one access-token lifetime anyway. The list reports the outage (one
 * alert when it starts, one when it ends), not each request.
 */
export async function revokedTokenRefusal(lists: RevocationLists, viewer: Viewer | null): Promise<GraphQLError | null> {
  if (!viewer) return null;
  const [suspended, ended] = await Promise.allSettled([
    lists.suspendedUsers.has(viewer.id),
    viewer.sessionId ? lists.endedSessions.has(viewer.sessionId) : Promise.resolve(false),
  ]);
  if (suspended.status === 'fulfilled' && suspended.value) return unauthenticated('This account is suspended.', 401);
  if (ended.status === 'fulfilled' && ended.value)
    return unauthenticated('The access token is invalid or expired.', 401);
  return null;
}
