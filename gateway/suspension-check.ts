import { unauthenticated } from '../platform/graphql/graphql-errors';
import type { Logger } from '../platform/runtime/logger';
import type { SuspendedUsers } from '../platform/runtime/redis/suspended-users';
import type { Viewer } from '../platform/graphql/viewer';

/**
 * Refuses a suspended user's still-valid access token with 401. If the denylist cannot be read
 * (Redis down) the request goes on and an alert is logged: failing closed would sign everybody
 * out, and a suspended user's tokens expire within one access-token lifetime anyway.
 */
export async function refuseSuspended(denylist: SuspendedUsers, viewer: Viewer | null, logger: Logger): Promise<void> {
  if (!viewer) return;
  let suspended: boolean;
  try {
    suspended = await denylist.has(viewer.id);
  } catch (error) {
    logger.error({ err: error, alert: 'denylist_unavailable' }, 'suspension denylist unreadable; request allowed');
    return;
  }
  if (suspended) throw unauthenticated('This account is suspended.', 401);
}
