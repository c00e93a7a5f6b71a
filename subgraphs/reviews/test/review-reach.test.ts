import { randomUUID } from 'node:crypto';
import { signedInAdmin, signedInUser, signedInVerifiedUser } from '../../../test/support/accounts/factories';
import { asHost, createPublishedListing, listingInput } from '../../../test/support/listings/factories';
import { codeOf, ofType } from '../../../test/support/graphql-client';
import { startTestStack, type TestStack } from '../../../test/support/test-stack';
import { startTestWorker, type TestWorker } from '../../../test/support/test-worker';
import { waitFor } from '../../../test/support/wait-for';
import {
  HideReviewDocument,
  ReportReviewDocument,
  ReviewAuthorProfileDocument,
  SearchListingsDocument,
  type SearchListingsQueryVariables,
} from '../../../test/support/generated/graphql';
import { remindReviewers } from '../review/review-reminder.job';
import {
  completeStay,
  guestReview,
  hostAndGuest,
  hostReview,
  movableClock,
  reviewsEm,
  runJob,
  submit,
} from './reviews-support';

/** A small hourly allowance for the whole file, so the rate-limit test reaches it; other tests stay under it. */
const LIMIT = 4;
const DAY_MS = 86_400_000;
const time = movableClock();
let stack: TestStack;
let worker: TestWorker;
let searcher: string;
beforeAll(async () => {
  [stack, worker] = await Promise.all([
    startTestStack({ clock: time.clock, env: { REVIEW_MUTATIONS_PER_HOUR: String(LIMIT) } }),
    startTestWorker(),
  ]);
  // Signed in, so searches skip the anonymous cache and see each projection change at once.
  searcher = (await signedInUser(stack.client)).token;
});
afterAll(async () => {
  await worker?.stop();
  await stack?.stop();
});

const accountsEm = () => stack.subgraph('accounts').orm.em.fork();
const published = async (token: string, input: ReturnType<typeof guestReview>) =>
  ofType((await submit(stack, token, input)).submitReview, 'ReviewSubmitted').review;
const report = (token: string, reviewId: string, reason = 'Mentions my phone number') =>
  stack.client.data(ReportReviewDocument, { token, variables: { reviewId, reason } }).then((d) => d.reportReview);

async function searchIds(variables: Omit<SearchListingsQueryVariables, 'first'>): Promise<string[]> {
  const { searchListings } = await stack.client.data(SearchListingsDocument, {
    token: searcher,
    variables: { ...variables, first: 50 },
  });
  return ofType(searchListings, 'ListingSearchConnection').edges.map((e) => e.node.id);
}

describe('ratings in search (listing.rating_changed through the worker)', () => {
  it('moves a listing into a minRating search and up the rating sort when its review is published, and out when hidden', async () => {
    const city = `Reviewtown ${randomUUID().slice(0, 8)}`;
    const inCity = { address: { ...listingInput().address, city } };
    const host = await asHost(stack.client, await signedInVerifiedUser(stack.client, accountsEm()));
    const top = await createPublishedListing(stack.client, host.token, inCity);
    const fair = await createPublishedListing(stack.client, host.token, inCity);
    const [guest, other] = await Promise.all([signedInUser(stack.client), signedInUser(stack.client)]);
    const admin = await signedInAdmin(stack.client, accountsEm());
    const byRating = () => searchIds({ filter: { city }, sort: 'RATING' });
    const atLeast = (minRating: number) => searchIds({ filter: { city, minRating } });
    // Unrated, both keep the tie order (newest id first).
    expect(await byRating()).toEqual([fair.id, top.id]);
    expect(await atLeast(4.5)).toEqual([]);

    const topStay = await completeStay(stack, { listingId: top.id, guestId: guest.id, hostId: host.id });
    const topReview = await published(guest.token, guestReview(topStay, 5));
    await published(host.token, hostReview(topStay));
    await waitFor(async () => (await atLeast(4.5)).length === 1, { what: 'the rating to reach search' });
    expect(await atLeast(4.5)).toEqual([top.id]);
    expect(await byRating()).toEqual([top.id, fair.id]);

    const fairStay = await completeStay(stack, { listingId: fair.id, guestId: other.id, hostId: host.id });
    await published(other.token, guestReview(fairStay, 3));
    await published(host.token, hostReview(fairStay));
    await waitFor(async () => (await atLeast(3)).length === 2, { what: 'the second rating to reach search' });
    expect(await atLeast(4.5)).toEqual([top.id]);
    expect(await byRating()).toEqual([top.id, fair.id]);

    const hidden = await stack.client.data(HideReviewDocument, {
      token: admin.token,
      variables: { reviewId: topReview.id, reason: 'Personal data' },
    });
    expect(ofType(hidden.hideReview, 'ReviewChanged').review.hidden).toBe(true);
    await waitFor(async () => (await atLeast(1)).length === 1, { what: 'the rating to leave search' });
    expect(await atLeast(1)).toEqual([fair.id]);
    expect(await atLeast(4.5)).toEqual([]);
    expect(await byRating()).toEqual([fair.id, top.id]);
  });
});

describe('reportReview', () => {
  it('lets any signed-in user report a review they can see, once; blind reviews are not found', async () => {
    const { host, guest, listing } = await hostAndGuest(stack);
    const stay = await completeStay(stack, { listingId: listing.id, guestId: guest.id, hostId: host.id });
    const review = await published(guest.token, guestReview(stay, 2));
    const reporter = await signedInUser(stack.client);
    expect(codeOf(await report(reporter.token, review.id))).toBe('REVIEW.NOT_FOUND');

    await published(host.token, hostReview(stay));
    expect(ofType(await report(reporter.token, review.id), 'ReviewReported').reviewId).toBe(review.id);
    expect(ofType(await report(reporter.token, review.id, 'Still there'), 'ReviewReported').reviewId).toBe(review.id);
    const reason = ofType(await report(reporter.token, review.id, 'x'), 'ValidationError');
    expect(reason.fieldErrors.map((e) => e.path.join('.'))).toEqual(['reason']);
    const rows = await reviewsEm(stack).execute(`select reporter_id, reason from reviews.reports where review_id = ?`, [
      review.id,
    ]);
    expect(rows).toEqual([{ reporter_id: reporter.id, reason: 'Mentions my phone number' }]);

    const anonymous = await stack.client.request(ReportReviewDocument, {
      variables: { reviewId: review.id, reason: 'Spam' },
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('rate limit', () => {
  it(`refuses a user's review mutations beyond ${LIMIT} an hour, reports and submissions alike`, async () => {
    const { host, guest, listing } = await hostAndGuest(stack);
    const stay = await completeStay(stack, { listingId: listing.id, guestId: guest.id, hostId: host.id });
    await published(host.token, hostReview(stay));
    const shown = await reviewsEm(stack).execute<{ id: string }[]>(
      `select id from reviews.reviews where host_booking_id = ?`,
      [stay],
    );
    for (let i = 0; i < LIMIT; i++)
      expect((await report(guest.token, shown[0].id)).__typename).not.toBe('TooManyReviewChangesError');
    const limited = ofType(await report(guest.token, shown[0].id), 'TooManyReviewChangesError');
    expect(limited).toMatchObject({ code: 'REVIEW.TOO_MANY_CHANGES' });
    expect(limited.retryAfterSeconds).toBeGreaterThan(0);
    expect(codeOf((await submit(stack, guest.token, guestReview(stay))).submitReview)).toBe('REVIEW.TOO_MANY_CHANGES');
    // The allowance is per user: the host still has theirs.
    expect((await report(host.token, shown[0].id)).__typename).not.toBe('TooManyReviewChangesError');
  });
});

describe('User.reviewsAbout', () => {
  it('shows hosts what other hosts wrote about a guest; refused (null) for other guests and anonymous viewers', async () => {
    const { host, guest, listing } = await hostAndGuest(stack);
    const stay = await completeStay(stack, { listingId: listing.id, guestId: guest.id, hostId: host.id });
    const guestsReview = await published(guest.token, guestReview(stay, 4));
    const hostsReview = await published(host.token, hostReview(stay, 5));
    const otherHost = await asHost(stack.client, await signedInVerifiedUser(stack.client, accountsEm()));
    const otherGuest = await signedInUser(stack.client);
    const about = async (token?: string) => {
      const { review } = await stack.client.data(ReviewAuthorProfileDocument, {
        ...(token ? { token } : {}),
        variables: { id: guestsReview.id },
      });
      expect(review?.author.id).toBe(guest.id);
      return review?.author.reviewsAbout?.edges.map((e) => e.node) ?? null;
    };
    const expected = [
      { id: hostsReview.id, direction: 'HOST_TO_GUEST', rating: 5, text: hostsReview.text, author: { id: host.id } },
    ];
    expect(await about(otherHost.token)).toEqual(expected);
    expect(await about(host.token)).toEqual(expected);
    expect(await about(guest.token)).toEqual(expected);
    expect(await about(otherGuest.token)).toBeNull();
    expect(await about()).toBeNull();
  });
});

describe('review reminders', () => {
  const reminders = (bookingId: string) =>
    reviewsEm(stack).execute<{ payload: { recipientId: string; last: boolean } }[]>(
      `select payload from events.log where name = 'review.reminder_due' and payload->>'bookingId' = ? order by occurred_at, id`,
      [bookingId],
    );

  it('publishes review.reminder_due only to the sides that have not written yet, and never after the window', async () => {
    const { host, guest, listing } = await hostAndGuest(stack);
    const completedAt = new Date(Date.now() - 3_600_000);
    const stay = await completeStay(stack, { listingId: listing.id, guestId: guest.id, hostId: host.id, completedAt });
    const at = (days: number) => () => new Date(completedAt.getTime() + days * DAY_MS);

    await runJob(stack, remindReviewers, { bookingId: stay, last: false }, at(1));
    expect((await reminders(stay)).map((r) => r.payload)).toEqual([
      expect.objectContaining({ recipientId: guest.id, last: false }),
      expect.objectContaining({ recipientId: host.id, last: false }),
    ]);

    await published(guest.token, guestReview(stay));
    await runJob(stack, remindReviewers, { bookingId: stay, last: true }, at(13));
    expect((await reminders(stay)).slice(2).map((r) => r.payload)).toEqual([
      expect.objectContaining({ recipientId: host.id, last: true }),
    ]);

    // Once both wrote the stay is closed: a late run reminds nobody.
    await published(host.token, hostReview(stay));
    await runJob(stack, remindReviewers, { bookingId: stay, last: true }, at(13));
    expect(await reminders(stay)).toHaveLength(3);

    const unwritten = await completeStay(stack, {
      listingId: listing.id,
      guestId: guest.id,
      hostId: host.id,
      completedAt,
    });
    await runJob(stack, remindReviewers, { bookingId: unwritten, last: true }, at(14));
    expect(await reminders(unwritten)).toEqual([]);
  });
});
