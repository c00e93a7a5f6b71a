import { Role } from '../../../platform/graphql/role';
import type { Viewer } from '../../../platform/graphql/viewer';
import type { Booking } from './booking.entity';
import { Actor } from './booking.enums';

/** In what capacity the viewer may see and act on a booking: its guest, its host, an admin; or not at all. */
export function capacityOn(viewer: Viewer | null, booking: Pick<Booking, 'guestId' | 'hostId'>): Actor | null {
  if (!viewer) return null;
  if (viewer.id === booking.guestId) return Actor.GUEST;
  if (viewer.id === booking.hostId) return Actor.HOST;
  return viewer.roles.includes(Role.ADMIN) ? Actor.ADMIN : null;
}

export function isAdmin(viewer: Viewer | null): boolean {
  return viewer?.roles.includes(Role.ADMIN) ?? false;
}
