import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { signedInVerifiedUser } from '../../../test/support/accounts/factories';
import { asHost, createPublishedListing } from '../../../test/support/listings/factories';
import type { TestStack } from '../../../test/support/test-stack';
import { waitFor } from '../../../test/support/wait-for';
import { SubmitReviewDocument, type SubmitReviewInput } from '../../../test/support/generated/graphql';
import { BookingCompleted } from '../../../contracts/events/bookings';
import type { JobContext, JobDefinition } from '../../../platform/events/event-handler';
import { publish } from '../../../platform/events/publish';
import type { Clock } from '../../../platform/runtime/clock';
import { createLogger } from '../../../platform/runtime/logger';

/** A clock the reviews subgraph reads; tests move it forward instead of waiting. */
export function movableClock() {
  let offsetMs = 0;
  const clock: Clock = () => new Date(Date.now() + offsetMs);
  return { clock, advanceDays: (days: number) => (offsetMs += days * 86_400_000), reset: () => (offsetMs = 0) };
}

export const reviewsEm = (stack: TestStack) => stack.subgraph('reviews').orm.em.fork();
const accountsEm = (stack: TestStack) => stack.subgraph('accounts').orm.em.fork();

/** A host with a published listing, and a guest; both signed in with confirmed emails. */
export async function hostAndGuest(stack: TestStack) {
  const host = await asHost(stack.client, await signedInVerifiedUser(stack.client, accountsEm(stack)));
  const listing = await createPublishedListing(stack.client, host.token);
  const guest = await signedInVerifiedUser(stack.client, accountsEm(stack));
  return { host, guest, listing };
}

/**
 * Announces a completed stay as bookings does (through publish(), in a transaction) and waits for
 * reviews to record it. Returns the booking id.
 */
export async function completeStay(
  stack: TestStack,
  stay: {
    listingId: string;
    guestId: string;
    hostId: string;
    completedAt?: Date;
    timeZone?: string;
    checkOut?: string;
  },
): Promise<string> {
  const bookingId = randomUUID();
  const completedAt = stay.completedAt ?? new Date(Date.now() - 3_600_000);
  await reviewsEm(stack).transactional((tx) =>
    publish(tx, BookingCompleted, {
      bookingId,
      listingId: stay.listingId,
      guestId: stay.guestId,
      hostId: stay.hostId,
      listingTitle: 'A reviewed place',
      checkIn: '2026-01-01',
      checkOut: stay.checkOut ?? completedAt.toISOString().slice(0, 10),
      ...(stay.timeZone ? { timeZone: stay.timeZone } : {}),
      ...(stay.checkOut && !stay.completedAt ? {} : { completedAt: completedAt.toISOString() }),
    }),
  );
  await waitFor(
    async () =>
      (await reviewsEm(stack).execute(`select 1 from reviews.stays where booking_id = ?`, [bookingId])).length > 0,
    { what: 'reviews to record the stay' },
  );
  return bookingId;
}

export function guestReview(
  bookingId: string,
  rating = 5,
  overrides: Partial<SubmitReviewInput> = {},
): SubmitReviewInput {
  const sub = Math.max(1, rating);
  return {
    bookingId,
    rating,
    subRatings: { cleanliness: sub, accuracy: sub, checkIn: sub, communication: sub, location: sub, value: sub },
    text: `A ${rating}-star stay, honestly described.`,
    privateNote: 'Thanks for the tea.',
    ...overrides,
  };
}

export function hostReview(bookingId: string, rating = 5): SubmitReviewInput {
  return { bookingId, rating, text: 'A considerate guest, welcome back.' };
}

export function submit(stack: TestStack, token: string, input: SubmitReviewInput) {
  return stack.client.data(SubmitReviewDocument, { token, variables: { input } });
}

/** Runs a job's handler directly, as the worker would, with the given clock. */
export function runJob(stack: TestStack, job: JobDefinition, payload: object, clock: Clock): Promise<void> {
  const context: JobContext = {
    em: reviewsEm(stack),
    clock,
    config: stack.config,
    logger: createLogger({ level: 'silent', name: 'test-job' }),
    mailer: { send: async () => undefined, close: () => undefined },
    attempt: 1,
    signal: new AbortController().signal,
  };
  return job.run(payload, context);
}

/** The listing's aggregate recomputed from the rows: shown, not hidden guest reviews' current revisions. */
export async function recomputed(em: EntityManager, listingId: string) {
  const [row] = await em.execute<{ count: string; sum: string | null }[]>(
    `select count(*) as count, sum(v.rating) as sum from reviews.reviews r
       join reviews.revisions v on v.review_id = r.id and v.revision = r.shown_revision
     where r.listing_id = ? and r.direction = 'GUEST_TO_LISTING' and r.hidden_at is null`,
    [listingId],
  );
  return { count: Number(row.count), sum: Number(row.sum ?? 0) };
}
