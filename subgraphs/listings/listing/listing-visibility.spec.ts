import { Role } from '../../../platform/graphql/role';
import type { Viewer } from '../../../platform/graphql/viewer';
import { ListingStatus } from './listing.enums';
import { Listing } from './listing.entity';
import { canSeeListing, canSeeReferencedListing } from './listing-visibility';

const HOST = '01900000-0000-7000-8000-000000000001';
const viewer = (id: string, roles: Role[] = [Role.GUEST]): Viewer => ({
  id,
  roles,
  sessionId: null,
  emailVerified: true,
});
const host = viewer(HOST, [Role.GUEST, Role.HOST]);
const admin = viewer('01900000-0000-7000-8000-000000000002', [Role.GUEST, Role.ADMIN]);
const guest = viewer('01900000-0000-7000-8000-000000000003');

function listing(status: ListingStatus, hostSuspended = false): Listing {
  return Object.assign(new Listing(), { hostId: HOST, status, hostSuspended });
}

describe('canSeeListing', () => {
  it.each([
    [ListingStatus.DRAFT, false, false],
    [ListingStatus.PUBLISHED, false, true],
    [ListingStatus.DEACTIVATED, false, false],
    [ListingStatus.PUBLISHED, true, false],
  ])('shows a %s listing (host suspended: %s) to guests and anonymous callers: %s', (status, suspended, visible) => {
    expect(canSeeListing(guest, listing(status, suspended))).toBe(visible);
    expect(canSeeListing(null, listing(status, suspended))).toBe(visible);
  });

  it('shows the host and admins every listing', () => {
    for (const status of Object.values(ListingStatus)) {
      for (const suspended of [false, true]) {
        expect(canSeeListing(host, listing(status, suspended))).toBe(true);
        expect(canSeeListing(admin, listing(status, suspended))).toBe(true);
      }
    }
  });

  it("does not show another host's draft to a host", () => {
    const otherHost = viewer('01900000-0000-7000-8000-000000000004', [Role.GUEST, Role.HOST]);
    expect(canSeeListing(otherHost, listing(ListingStatus.DRAFT))).toBe(false);
  });
});

describe('canSeeReferencedListing', () => {
  it.each([
    [ListingStatus.DRAFT, false, false],
    [ListingStatus.PUBLISHED, false, true],
    [ListingStatus.DEACTIVATED, false, true],
    [ListingStatus.PUBLISHED, true, true],
  ])('shows a %s listing (host suspended: %s) behind a reference to others: %s', (status, suspended, visible) => {
    expect(canSeeReferencedListing(guest, listing(status, suspended))).toBe(visible);
    expect(canSeeReferencedListing(null, listing(status, suspended))).toBe(visible);
  });

  it('shows the host their own drafts', () => {
    expect(canSeeReferencedListing(host, listing(ListingStatus.DRAFT))).toBe(true);
  });
});
