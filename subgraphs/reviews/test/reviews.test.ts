import { randomUUID } from 'node:crypto';
import { signedInUser, signedInAdmin } from '../../../test/support/accounts/factories';
import { codeOf, ofType } from '../../../test/support/graphql-client';
import { startTestStack, type TestStack } from '../../../test/support/test-stack';
import { startTestWorker, type TestWorker } from '../../../test/support/test-worker';
import { callSubgraph } from '../../../test/support/subgraph-client';
import { countStatements } from '../../../test/support/sql-counter';
import {
  HideReviewDocument,
  ListingReviewsDocument,
  MyPendingReviewsDocument,
  RespondToReviewDocument,
  ReviewDocument,
  UnhideReviewDocument,
  UpdateReviewDocument,
} from '../../../test/support/generated/graphql';
import { publishAtDeadline } from '../review/review-deadline.job';
import {
  completeStay,
  guestReview,
  hostAndGuest,
  hostReview,
  movableClock,
  recomputed,
  reviewsEm,
  runJob,
  submit,
} from './reviews-support';

const time = movableClock();
let stack: TestStack;
let worker: TestWorker;
beforeAll(async () => {
  [stack, worker] = await Promise.all([startTestStack({ clock: time.clock }), startTestWorker()]);
});
afterAll(async () => {
  await worker?.stop();
  await stack?.stop();
});
afterEach(() => time.reset());

/** The content of a submission, to send again as an edit of the review. */
const update = (token: string, reviewId: string, input: ReturnType<typeof guestReview>) =>
  stack.client
    .data(UpdateReviewDocument, {
      token,
      variables: {
        input: {
          reviewId,
          rating: input.rating,
          subRatings: input.subRatings,
          text: input.text,
          privateNote: input.privateNote,
        },
      },
    })
    .then((d) => d.updateReview);
const reviewOf = (token: string | undefined, id: string) =>
  stack.client.data(ReviewDocument, { ...(token ? { token } : {}), variables: { id } }).then((d) => d.review);
const listingReviews = (listingId: string, sort?: 'NEWEST' | 'HIGHEST' | 'LOWEST') =>
  stack.client.data(ListingReviewsDocument, { variables: { listingId, sort } }).then((d) => d.listing);
const ratingEvents = (listingId: string) =>
  reviewsEm(stack).execute<{ payload: { sequence: number; reviewCount: number; averageRating: number | null } }[]>(
    `select payload from events.log where name = 'listing.rating_changed' and payload->>'listingId' = ? order by occurred_at, id`,
    [listingId],
  );

describe('who may review, and when', () => {
  it('only the guest or host of a completed stay, within its window (time zones, the clock)', async () => {
    const { host, guest, listing } = await hostAndGuest(stack);
    const stranger = await signedInUser(stack.client);
    expect(codeOf((await submit(stack, guest.token, guestReview(randomUUID()))).submitReview)).toBe(
      'REVIEW.STAY_NOT_FOUND',
    );

    // Without completedAt the stay is over at the end of check-out day in the listing's zone: not yet.
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const upcoming = await completeStay(stack, {
      listingId: listing.id,
      guestId: guest.id,
      hostId: host.id,
      checkOut: tomorrow,
      timeZone: 'Pacific/Kiritimati',
    });
    expect(codeOf((await submit(stack, guest.token, guestReview(upcoming))).submitReview)).toBe('REVIEW.WINDOW_CLOSED');

    const stay = await completeStay(stack, { listingId: listing.id, guestId: guest.id, hostId: host.id });
    expect(codeOf((await submit(stack, stranger.token, guestReview(stay))).submitReview)).toBe('REVIEW.STAY_NOT_FOUND');
    const pending = await stack.client.data(MyPendingReviewsDocument, { token: guest.token });
    expect(pending.me?.pendingReviews?.map((p) => p.bookingId)).toContain(stay);

    time.advanceDays(14);
    const late = (await submit(stack, guest.token, guestReview(stay))).submitReview;
    expect(codeOf(late)).toBe('REVIEW.WINDOW_CLOSED');
    time.reset();
    // Two days after the local check-out day the window has opened for the upcoming stay too.
    time.advanceDays(2);
    expect((await submit(stack, guest.token, guestReview(upcoming))).submitReview.__typename).toBe('ReviewSubmitted');
    time.reset();
    expect((await submit(stack, host.token, hostReview(stay))).submitReview.__typename).toBe('ReviewSubmitted');
  });

  it('refuses ratings outside 1–5 and missing sub-ratings with typed errors', async () => {
    const { host, guest, listing } = await hostAndGuest(stack);
    const stay = await completeStay(stack, { listingId: listing.id, guestId: guest.id, hostId: host.id });
    const fieldErrors = async (input: ReturnType<typeof guestReview>, token = guest.token) =>
      ofType((await submit(stack, token, input)).submitReview, 'ValidationError').fieldErrors.map((e) => [
        e.path.join('.'),
        e.code,
      ]);
    expect(await fieldErrors(guestReview(stay, 6))).toEqual(expect.arrayContaining([['input.rating', 'TOO_LONG']]));
    expect(await fieldErrors({ ...guestReview(stay), rating: 0 })).toEqual([['input.rating', 'TOO_SHORT']]);
    expect(await fieldErrors({ ...guestReview(stay), subRatings: null })).toEqual([['input.subRatings', 'REQUIRED']]);
    const noClean = guestReview(stay);
    expect(
      await fieldErrors({ ...noClean, subRatings: { ...noClean.subRatings!, cleanliness: 9 }, text: 'short' }),
    ).toEqual([
      ['input.subRatings.cleanliness', 'TOO_LONG'],
      ['input.text', 'TOO_SHORT'],
    ]);
    expect(await fieldErrors({ ...hostReview(stay), subRatings: guestReview(stay).subRatings }, host.token)).toEqual([
      ['input.subRatings', 'INVALID_VALUE'],
    ]);
  });
});

describe('one review per guest per listing', () => {
  it('lets one of 10 concurrent submissions through; the others are told it exists', async () => {
    const { host, guest, listing } = await hostAndGuest(stack);
    const stay = await completeStay(stack, { listingId: listing.id, guestId: guest.id, hostId: host.id });
    const results = await Promise.all(
      Array.from({ length: 10 }, () => submit(stack, guest.token, guestReview(stay, 4)).then((d) => d.submitReview)),
    );
    expect(results.filter((r) => r.__typename === 'ReviewSubmitted')).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'REVIEW.ALREADY_REVIEWED')).toHaveLength(9);
    const rows = await reviewsEm(stack).execute(
      `select v.id from reviews.reviews r join reviews.revisions v on v.review_id = r.id where r.author_id = ?`,
      [guest.id],
    );
    expect(rows).toHaveLength(1);
  });
});

describe('double-blind', () => {
  it('shows a review to its author only until both wrote; edits until then; a later stay is a blind new revision', async () => {
    const { host, guest, listing } = await hostAndGuest(stack);
    const stay = await completeStay(stack, { listingId: listing.id, guestId: guest.id, hostId: host.id });
    const mine = ofType(
      (await submit(stack, guest.token, guestReview(stay, 3))).submitReview,
      'ReviewSubmitted',
    ).review;
    expect(mine).toMatchObject({ published: false, revision: 1, privateNote: 'Thanks for the tea.' });
    expect(await reviewOf(host.token, mine.id)).toBeNull();
    expect(await reviewOf(undefined, mine.id)).toBeNull();
    expect((await listingReviews(listing.id))?.reviews.edges).toEqual([]);

    const edited = await update(guest.token, mine.id, guestReview(stay, 4));
    expect(ofType(edited, 'ReviewChanged').review.rating).toBe(4);
    expect(codeOf(await update(host.token, mine.id, hostReview(stay)))).toBe('REVIEW.NOT_FOUND');

    const theirs = ofType(
      (await submit(stack, host.token, hostReview(stay, 5))).submitReview,
      'ReviewSubmitted',
    ).review;
    expect(theirs.published).toBe(true);
    const shown = await reviewOf(undefined, mine.id);
    expect(shown).toMatchObject({ published: true, rating: 4, privateNote: null, author: { id: guest.id } });
    expect((await reviewOf(host.token, mine.id))?.privateNote).toBe('Thanks for the tea.');
    expect(codeOf(await update(guest.token, mine.id, guestReview(stay, 1)))).toBe('REVIEW.ALREADY_PUBLISHED');
    expect((await listingReviews(listing.id))?.rating).toMatchObject({ average: 4, reviewCount: 1 });

    // A second stay: a new revision of the same review, blind again, then replacing the shown one.
    const second = await completeStay(stack, { listingId: listing.id, guestId: guest.id, hostId: host.id });
    const rev2 = ofType((await submit(stack, guest.token, guestReview(second, 2))).submitReview, 'ReviewSubmitted');
    expect(rev2.review).toMatchObject({ id: mine.id, revision: 2, published: false });
    expect(await reviewOf(undefined, mine.id)).toMatchObject({ revision: 1, rating: 4 });
    await submit(stack, host.token, hostReview(second));
    expect(await reviewOf(undefined, mine.id)).toMatchObject({ revision: 2, rating: 2, published: true });
    const after = await listingReviews(listing.id);
    expect(after?.rating).toMatchObject({ average: 2, reviewCount: 1 });
    expect(after?.reviews.edges.map((e) => e.node.revision)).toEqual([2]);
    expect(await recomputed(reviewsEm(stack), listing.id)).toEqual({ count: 1, sum: 2 });
  });

  it('publishes a one-sided review when the window closes (the deadline job, on the clock)', async () => {
    const { host, guest, listing } = await hostAndGuest(stack);
    const stay = await completeStay(stack, { listingId: listing.id, guestId: guest.id, hostId: host.id });
    const mine = ofType(
      (await submit(stack, guest.token, guestReview(stay, 5))).submitReview,
      'ReviewSubmitted',
    ).review;
    const deadline = new Date(Date.now() + 14 * 86_400_000);
    await runJob(stack, publishAtDeadline, { bookingId: stay }, () => new Date(deadline.getTime() - 7_200_000));
    expect(await reviewOf(undefined, mine.id)).toBeNull();
    await runJob(stack, publishAtDeadline, { bookingId: stay }, () => deadline);
    expect(await reviewOf(undefined, mine.id)).toMatchObject({ published: true, rating: 5 });
    const published = await reviewsEm(stack).execute(
      `select 1 from events.log where name = 'review.published' and payload->>'reviewId' = ?`,
      [mine.id],
    );
    expect(published).toHaveLength(1);
  });

  it('keeps blind reviews and others’ pending stays out of _entities too', async () => {
    const { host, guest, listing } = await hostAndGuest(stack);
    const stay = await completeStay(stack, { listingId: listing.id, guestId: guest.id, hostId: host.id });
    const mine = ofType((await submit(stack, guest.token, guestReview(stay))).submitReview, 'ReviewSubmitted').review;
    const entities = async (token: string) => {
      const response = await callSubgraph(
        stack.subgraph('reviews').url,
        {
          query: `query ($r: [_Any!]!) { _entities(representations: $r) {
            ... on Review { id text } ... on User { id pendingReviews { bookingId } } } }`,
          variables: {
            r: [
              { __typename: 'Review', id: mine.id },
              { __typename: 'User', id: guest.id },
            ],
          },
        },
        { headers: { authorization: `Bearer ${token}` } },
      );
      return ((await response.json()) as { data: { _entities: unknown[] } }).data._entities;
    };
    expect(await entities(host.token)).toEqual([null, { id: guest.id, pendingReviews: null }]);
    expect(await entities(guest.token)).toEqual([
      { id: mine.id, text: mine.text },
      { id: guest.id, pendingReviews: [] },
    ]);
  });
});

describe('host response and moderation', () => {
  it('lets the host respond once; admins hide and unhide, moving the aggregate (to nothing and back)', async () => {
    const { host, guest, listing } = await hostAndGuest(stack);
    const other = await hostAndGuest(stack);
    const admin = await signedInAdmin(stack.client, stack.subgraph('accounts').orm.em.fork());
    const stay = await completeStay(stack, { listingId: listing.id, guestId: guest.id, hostId: host.id });
    const mine = ofType(
      (await submit(stack, guest.token, guestReview(stay, 4))).submitReview,
      'ReviewSubmitted',
    ).review;
    const respond = (token: string) =>
      stack.client
        .data(RespondToReviewDocument, { token, variables: { reviewId: mine.id, text: 'Thank you for staying!' } })
        .then((d) => d.respondToReview);
    expect(codeOf(await respond(host.token))).toBe('REVIEW.NOT_FOUND');
    await submit(stack, host.token, hostReview(stay));
    expect(codeOf(await respond(other.host.token))).toBe('REVIEW.NOT_FOUND');
    expect(ofType(await respond(host.token), 'ReviewChanged').review.response?.text).toBe('Thank you for staying!');
    expect(codeOf(await respond(host.token))).toBe('REVIEW.ALREADY_RESPONDED');

    const moderation = { token: admin.token, variables: { reviewId: mine.id, reason: 'Personal data' } };
    const hide = () => stack.client.data(HideReviewDocument, moderation).then((d) => d.hideReview);
    expect(ofType(await hide(), 'ReviewChanged').review.hidden).toBe(true);
    expect(codeOf(await hide())).toBe('REVIEW.ALREADY_HIDDEN');
    expect(await reviewOf(undefined, mine.id)).toBeNull();
    expect((await listingReviews(listing.id))?.rating).toMatchObject({ average: null, reviewCount: 0 });
    expect((await ratingEvents(listing.id)).at(-1)?.payload).toMatchObject({ reviewCount: 0, averageRating: null });

    await stack.client.data(UnhideReviewDocument, moderation);
    expect((await listingReviews(listing.id))?.rating).toMatchObject({ average: 4, reviewCount: 1 });
    const sequences = (await ratingEvents(listing.id)).map((e) => e.payload.sequence);
    expect(sequences).toEqual([1, 2, 3]);
    const log = await reviewsEm(stack).execute(
      `select action from reviews.moderation_log where review_id = ? order by at`,
      [mine.id],
    );
    expect(log.map((l) => l.action)).toEqual(['HIDE', 'UNHIDE']);
  });
});

describe('exact aggregates', () => {
  it('match a recomputation from the rows after a burst of concurrent reviews; a page costs a constant number of statements', async () => {
    const { host, listing } = await hostAndGuest(stack);
    const guests = await Promise.all(Array.from({ length: 8 }, () => signedInUser(stack.client)));
    const stays = await Promise.all(
      guests.map((g) => completeStay(stack, { listingId: listing.id, guestId: g.id, hostId: host.id })),
    );
    const ratings = [5, 4, 4, 3, 5, 1, 2, 5];
    await Promise.all(
      guests.flatMap((g, i) => [
        submit(stack, g.token, guestReview(stays[i], ratings[i])),
        submit(stack, host.token, hostReview(stays[i])),
      ]),
    );
    const expected = await recomputed(reviewsEm(stack), listing.id);
    expect(expected).toEqual({ count: 8, sum: 29 });
    const page = await listingReviews(listing.id, 'HIGHEST');
    expect(page?.rating).toMatchObject({ average: 29 / 8, displayAverage: 3.6, reviewCount: 8 });
    expect(page?.rating.distribution.map((d) => d.count)).toEqual([1, 1, 1, 2, 3]);
    expect(page?.reviews.edges.map((e) => e.node.rating)).toEqual([5, 5, 5, 4, 4, 3, 2, 1]);
    expect((await listingReviews(listing.id, 'LOWEST'))?.reviews.edges[0].node.rating).toBe(1);
    const sequences = (await ratingEvents(listing.id)).map((e) => e.payload.sequence);
    expect(sequences).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);

    const orm = stack.subgraph('reviews').orm;
    const read = (first: number) =>
      stack.client.data(ListingReviewsDocument, { variables: { listingId: listing.id, first } });
    expect(await countStatements(orm, () => read(1))).toBe(await countStatements(orm, () => read(8)));
  });
});
