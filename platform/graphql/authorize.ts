import { forbidden, unauthenticated } from './graphql-errors';
import type { Role } from './role';
import type { Viewer } from './viewer';

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

export function requireRole(viewer: Viewer | null, role: Role): Viewer {
  const signedIn = requireViewer(viewer);
  if (!signedIn.roles.includes(role)) throw forbidden();
  return signedIn;
}
