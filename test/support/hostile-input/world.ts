import type { ShieldRule } from 'graphql-shield/typings/types';
import { permissions } from '../../../gateway/permissions';
import { allow, isAdmin, isAuthenticated, isHost, isVerified } from '../../../gateway/rules';
import {
  PASSWORD,
  registerUser,
  signedInAdmin,
  signedInUser,
  signedInVerifiedUser,
  signIn,
} from '../accounts/factories';
import type { SubmitReviewInput, SubmitReviewMutation } from '../generated/graphql';
import { asHost, createDraft, createPublishedListing } from '../listings/factories';
import type { TestStack } from '../test-stack';
import {
  accountsEm,
  arrangeReviews,
  book,
  bookable,
  gql,
  payableBooking,
  signedInViewer,
  startEnrolment,
  uploadPhoto,
  userWithMfa,
} from './arrange';
import type { Call } from './hostile-walk';
import type { Target } from './schema-walk';

// The world the hostile walk calls into: viewers of every kind and objects of their own.

export type Viewer = { id: string; email: string; token: string; refreshToken: string };
export type ViewerKind = 'anonymous' | 'user' | 'verified user' | 'host' | 'admin';

export interface World {
  user: Viewer;
  guest: Viewer;
  host: Viewer;
  admin: Viewer;
  /** Users some mutations spend (sessions ended, MFA switched, password changed). */
  own: Record<string, Viewer>;
  /** TOTP secrets: of the user with MFA on, of the one the challenge is for, of the one enrolling. */
  totp: Record<'mfa' | 'challenge' | 'enrolling', string>;
  challengeToken: string;
  otherSessionId: string;
  suspendable: string;
  listings: Record<
    'main' | 'requests' | 'bookable' | 'cancellable' | 'draft' | 'active' | 'inactive' | 'uploads' | 'photos',
    string
  >;
  /** One listing per lane, for fields walked in lanes. */
  laneListings: Record<keyof typeof LANES, string[]>;
  bookingId: string;
  awaitingHost: string;
  photoIds: string[];
  deletablePhotoId: string;
  /** The guest's booking awaiting payment, and its (pending) payment. */
  payable: { bookingId: string; paymentId: string };
  /**
   * Reviews of the guest's stays at the host's `main` listing: published (both sides submitted),
   * another published one to hide and show, the guest's unpublished one, and a stay not reviewed yet.
   */
  reviews: Record<'published' | 'moderated' | 'draft' | 'unreviewedStay', string>;
}

/**
 * What arranging needs from the accounts and reviews subgraphs' own test helpers, which test/support
 * may not import (test/boundaries.test.ts): the test passes them in.
 */
export interface DomainAids {
  totpCodeAt(secretBase32: string, now: Date): string;
  completeStay(stack: TestStack, stay: { listingId: string; guestId: string; hostId: string }): Promise<string>;
  guestReview(bookingId: string): SubmitReviewInput;
  hostReview(bookingId: string): SubmitReviewInput;
  submit(stack: TestStack, token: string, input: SubmitReviewInput): Promise<SubmitReviewMutation>;
}

const RULE_VIEWERS = new Map<ShieldRule, ViewerKind>([
  [allow, 'anonymous'],
  [isAuthenticated, 'user'],
  [isVerified, 'verified user'],
  [isHost, 'host'],
  [isAdmin, 'admin'],
]);

/** Viewers chosen by field, where the rule's least viewer would not reach the interesting code. */
export function ownViewers(
  stack: TestStack,
  world: World,
): Record<string, { name: string; token: (call: Call) => Promise<string> | string }> {
  return {
    'Query.booking': { name: 'its guest', token: () => world.guest.token },
    'Mutation.createBooking': { name: 'a verified guest', token: () => world.guest.token },
    'Mutation.cancelBooking': { name: 'its guest', token: () => world.guest.token },
    'Mutation.submitReview': { name: 'the guest of a completed stay', token: () => world.guest.token },
    'Mutation.updateReview': { name: 'its author', token: () => world.guest.token },
    'Mutation.logout': { name: 'a user of its own', token: () => world.own.logout.token },
    'Mutation.logoutEverywhere': { name: 'a user of its own', token: () => world.own.logoutEverywhere.token },
    'Mutation.revokeSession': { name: 'a user with two sessions', token: () => world.own.sessions.token },
    'Mutation.changeEmail': { name: 'a user of its own', token: () => world.own.changeEmail.token },
    'Mutation.enrolMfa': { name: 'a user of its own', token: () => world.own.enrol.token },
    'Mutation.confirmMfa': { name: 'a user enrolling in MFA', token: () => world.own.enrolling.token },
    'Mutation.disableMfa': { name: 'a user with MFA on', token: () => world.own.mfa.token },
    'Mutation.changePassword': {
      name: 'a new user per call',
      token: async () => (await signedInUser(stack.client)).token,
    },
    'Mutation.becomeHost': {
      name: 'a new verified user per call',
      token: async () => (await signedInVerifiedUser(stack.client, accountsEm(stack))).token,
    },
    'Listing.calendar': { name: 'its host', token: () => world.host.token },
    'Listing.bookings': { name: 'its host', token: () => world.host.token },
    'User.bookings': { name: 'a guest with a booking', token: () => world.guest.token },
    'User.listings': { name: 'a host', token: () => world.host.token },
  };
}

/** The viewer kind the gateway's rule for a root field admits; below the root, the root field's. */
export function ruleViewer(target: Target): ViewerKind {
  const [type, field] = (target.via?.coordinate ?? target.coordinate).split('.') as ['Query' | 'Mutation', string];
  const rule = permissions[type][field];
  const kind = rule && RULE_VIEWERS.get(rule);
  if (!kind) throw new Error(`${target.coordinate}: no permission rule this walk knows in gateway/permissions.ts`);
  return kind;
}

export function tokenOf(world: World, kind: ViewerKind): string | undefined {
  return { anonymous: undefined, user: world.user, 'verified user': world.guest, host: world.host, admin: world.admin }[
    kind
  ]?.token;
}

/**
 * Fields whose calls each change what the next needs (a version): each lane has a listing of its
 * own and runs its calls one after another.
 */
export const LANES = {
  'Mutation.updateListing': 4,
  'Mutation.blockDates': 2,
  'Mutation.unblockDates': 2,
  'Mutation.setNightlyPrice': 2,
  'Mutation.updateCalendarSettings': 2,
};

/** The stack's limits, raised so the walk's many calls and hostile values are not refused for volume. */
export const LIMITS_RAISED = {
  PUBLIC_API_URL: 'https://api.staygraph.test',
  COST_LIMIT: '1000000000',
  COST_BUDGET: '1000000000000',
  RATE_LIMIT_OPERATIONS: '1000000',
  RATE_LIMIT_MUTATIONS: '1000000',
  RATE_LIMIT_AUTH: '1000000',
  REGISTER_MAX_PER_IP: '1000000',
  LOGIN_MAX_FAILURES_PER_IP: '1000000',
  // Wrong passwords and codes are part of the walk; a locked account would stop it short of the code behind.
  LOGIN_MAX_FAILURES: '100',
  EMAIL_MAX_PER_ADDRESS: '1000000',
  GRAPHQL_MAX_DEPTH: '30',
  GRAPHQL_MAX_ALIASES: '1000',
  GRAPHQL_MAX_TOKENS: '100000',
  GRAPHQL_MAX_CHARACTERS: '1000000',
  MAX_BODY_BYTES: String(4 * 1024 * 1024),
  SUBGRAPH_TIMEOUT_MS: '30000',
};

/** Arranges the world through the API of `stack`. */
export async function arrangeWorld(stack: TestStack, aids: DomainAids): Promise<World> {
  const client = stack.client;
  const [user, guest, hostUser, admin] = await Promise.all([
    signedInViewer(stack),
    signedInVerifiedUser(client, accountsEm(stack)),
    signedInVerifiedUser(client, accountsEm(stack)),
    signedInAdmin(client, accountsEm(stack)),
  ]);
  const host = await asHost(client, hostUser);

  const published = (overrides: Record<string, unknown> = {}) =>
    createPublishedListing(client, host.token, overrides).then((l) => l.id);
  const [main, requests, bookableId, cancellable, draft, active, inactive, uploads, photos] = await Promise.all([
    published(),
    published({ instantBook: false }),
    published(),
    published(),
    createDraft(client, host.token).then((l) => l.id),
    published(),
    published().then(async (id) => {
      await gql(stack, `mutation ($id: ID!) { deactivateListing(id: $id) { __typename } }`, { id }, host.token);
      return id;
    }),
    published(),
    published(),
  ]);
  const listings = { main, requests, bookable: bookableId, cancellable, draft, active, inactive, uploads, photos };
  const laneListings = await Promise.all(
    Object.entries(LANES).map(async ([field, count]) => {
      const create = field === 'Mutation.updateListing' ? () => createDraft(client, host.token) : () => published();
      const ids = await Promise.all(
        Array.from({ length: count }, async () => (await create()) as string | { id: string }),
      );
      return [field, ids.map((l) => (typeof l === 'string' ? l : l.id))] as const;
    }),
  );
  const calendars = laneListings.filter(([field]) => field !== 'Mutation.updateListing').flatMap(([, ids]) => ids);
  await Promise.all([main, requests, bookableId, cancellable, ...calendars].map((id) => bookable(stack, id)));

  const [
    bookingId,
    awaitingHost,
    photoIds,
    deletablePhotoId,
    mfa,
    forChallenge,
    enrolling,
    sessions,
    suspendable,
    ownUsers,
    payable,
    reviews,
  ] = await Promise.all([
    book(stack, guest.token, main, 100),
    book(stack, guest.token, requests, 100),
    Promise.all([uploadPhoto(stack, host.token, photos), uploadPhoto(stack, host.token, photos)]),
    uploadPhoto(stack, host.token, uploads),
    userWithMfa(stack, aids.totpCodeAt),
    userWithMfa(stack, aids.totpCodeAt),
    (async () => {
      const viewer = await signedInViewer(stack);
      return { viewer, secret: await startEnrolment(stack, viewer) };
    })(),
    (async () => {
      const viewer = await signedInViewer(stack);
      const second = await signIn(client, viewer.email);
      return { viewer, second };
    })(),
    registerUser(client).then((u) => u.id),
    Promise.all(
      ['logout', 'logoutEverywhere', 'changeEmail', 'enrol', 'login', 'refresh'].map(() => signedInViewer(stack)),
    ),
    payableBooking(stack, guest.token, main),
    arrangeReviews(stack, aids, { guest, host }, main),
  ]);
  const { login } = await gql<{ login: { challengeToken: string } }>(
    stack,
    `mutation ($i: LoginInput!) { login(input: $i) { ... on MfaRequired { challengeToken } } }`,
    { i: { email: forChallenge.viewer.email, password: PASSWORD } },
  );
  const { mySessions } = await gql<{ mySessions: { edges: { node: { id: string; current: boolean } }[] } }>(
    stack,
    `{ mySessions { edges { node { id current } } } }`,
    {},
    sessions.viewer.token,
  );
  const other = mySessions.edges.find((e) => !e.node.current);
  if (!other || !sessions.second) throw new Error('the second session is missing');
  const [logout, logoutEverywhere, changeEmail, enrol, loginUser, refresh] = ownUsers;
  return {
    user,
    guest,
    host,
    admin,
    listings,
    laneListings: Object.fromEntries(laneListings) as World['laneListings'],
    own: {
      logout,
      logoutEverywhere,
      changeEmail,
      enrol,
      login: loginUser,
      refresh,
      mfa: mfa.viewer,
      enrolling: enrolling.viewer,
      sessions: sessions.viewer,
    },
    totp: { mfa: mfa.secret, challenge: forChallenge.secret, enrolling: enrolling.secret },
    challengeToken: login.challengeToken,
    otherSessionId: other.node.id,
    suspendable,
    bookingId,
    awaitingHost,
    photoIds,
    deletablePhotoId,
    payable,
    reviews,
  };
}
