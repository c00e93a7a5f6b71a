import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { PASSWORD, signedInUser } from '../accounts/factories';
import type { TestStack } from '../test-stack';
import { waitFor } from '../wait-for';
import type { DomainAids, Viewer, World } from './world';

// Helpers that arrange the hostile walk's world through the API, each given the stack (and the
// viewers) it works with.

const DAY_MS = 86_400_000;
/** A date `days` from today in the test listings' zone (Nairobi), as `YYYY-MM-DD`. */
export function daysFromNow(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Nairobi' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export const accountsEm = (stack: TestStack) => stack.subgraph('accounts').orm.em.fork();
const bookingsEm = (stack: TestStack) => stack.subgraph('bookings').orm.em.fork();

export async function gql<T = Record<string, unknown>>(
  stack: TestStack,
  query: string,
  variables: Record<string, unknown>,
  as?: string,
) {
  return stack.client.data<T>(query, { variables, token: as });
}

export async function calendarVersion(stack: TestStack, hostToken: string, listingId: string): Promise<number> {
  const { listing } = await gql<{ listing: { calendar: { version: number } } }>(
    stack,
    `query ($id: ID!, $from: LocalDate!, $to: LocalDate!) { listing(id: $id) { calendar(from: $from, to: $to) { version } } }`,
    { id: listingId, from: daysFromNow(1), to: daysFromNow(2) },
    hostToken,
  );
  return listing.calendar.version;
}

export async function listingVersion(stack: TestStack, hostToken: string, listingId: string): Promise<number> {
  const { listing } = await gql<{ listing: { version: number } }>(
    stack,
    `query ($id: ID!) { listing(id: $id) { version } }`,
    { id: listingId },
    hostToken,
  );
  return listing.version;
}

/** A new pending booking of two nights from `firstDay` days on, by the viewer whose token is `as`. */
export async function book(stack: TestStack, as: string, listingId: string, firstDay: number): Promise<string> {
  const { createBooking } = await gql<{ createBooking: { __typename: string; booking?: { id: string } } }>(
    stack,
    `mutation ($input: CreateBookingInput!) {
      createBooking(input: $input) { __typename ... on BookingCreated { booking { id } } ... on UserError { code message } }
    }`,
    {
      input: {
        listingId,
        checkIn: daysFromNow(firstDay),
        checkOut: daysFromNow(firstDay + 2),
        guests: 2,
        idempotencyKey: randomUUID(),
      },
    },
    as,
  );
  if (!createBooking.booking) throw new Error(`createBooking failed: ${JSON.stringify(createBooking)}`);
  return createBooking.booking.id;
}

/** Waits until bookings knows a published listing (the worker delivers `listing.published`). */
export async function bookable(stack: TestStack, listingId: string): Promise<string> {
  await waitFor(
    async () => {
      const rows = await bookingsEm(stack).execute<unknown[]>(
        'select 1 from bookings.listing_terms where listing_id = ?',
        [listingId],
      );
      return rows.length > 0;
    },
    { what: `listing ${listingId} in bookings` },
  );
  return listingId;
}

/** Waits (a while) until the worker has tried every job the walk queued, so what they log is read too. */
export async function jobsSettled(stack: TestStack): Promise<void> {
  await waitFor(
    async () => {
      const [row] = await bookingsEm(stack).execute<{ waiting: string }[]>(
        'select count(*) as waiting from graphile_worker.jobs where attempts = 0 and run_at <= now()',
      );
      return Number(row?.waiting) === 0;
    },
    { timeoutMs: 15_000, what: 'the jobs the walk queued' },
  ).catch(() => undefined);
}

export async function signedInViewer(stack: TestStack): Promise<Viewer> {
  return signedInUser(stack.client);
}

/** Starts MFA enrolment; returns the TOTP secret. */
export async function startEnrolment(stack: TestStack, viewer: Viewer): Promise<string> {
  const { enrolMfa } = await gql<{ enrolMfa: { secret: string } }>(
    stack,
    `mutation ($p: String!) { enrolMfa(currentPassword: $p) { ... on MfaEnrolment { secret } } }`,
    { p: PASSWORD },
    viewer.token,
  );
  return enrolMfa.secret;
}

export async function userWithMfa(
  stack: TestStack,
  totpCodeAt: DomainAids['totpCodeAt'],
): Promise<{ viewer: Viewer; secret: string }> {
  const viewer = await signedInViewer(stack);
  const secret = await startEnrolment(stack, viewer);
  await gql(
    stack,
    `mutation ($c: String!) { confirmMfa(code: $c) { __typename } }`,
    { c: totpCodeAt(secret, new Date()) },
    viewer.token,
  );
  return { viewer, secret };
}

export async function uploadPhoto(stack: TestStack, hostToken: string, listingId: string): Promise<string> {
  const { requestListingPhotoUpload: ticket } = await gql<{
    requestListingPhotoUpload: { photoId: string; uploadUrl: string };
  }>(
    stack,
    `mutation ($l: ID!, $a: String!) {
      requestListingPhotoUpload(listingId: $l, altText: $a) { ... on PhotoUploadTicket { photoId uploadUrl } }
    }`,
    { l: listingId, a: 'The terrace' },
    hostToken,
  );
  const { pathname, search } = new URL(ticket.uploadUrl);
  const image = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#aa7733' } })
    .png()
    .toBuffer();
  const response = await fetch(new URL(`${pathname}${search}`, stack.gateway.url), {
    method: 'PUT',
    body: image,
    headers: { 'content-type': 'image/png' },
  });
  if (response.status !== 201) throw new Error(`upload refused: ${response.status} ${await response.text()}`);
  return ticket.photoId;
}

/** A booking of the guest's awaiting payment, known to payments, with a Stripe payment started. */
export async function payableBooking(
  stack: TestStack,
  guestToken: string,
  listingId: string,
): Promise<World['payable']> {
  const bookingId = await book(stack, guestToken, listingId, 110);
  const payments = stack.subgraph('payments').orm.em;
  await waitFor(
    async () =>
      (await payments.fork().execute('select 1 from payments.payable_bookings where booking_id = ?', [bookingId]))
        .length > 0,
    { what: 'the booking in payments' },
  );
  const { startPayment } = await gql<{ startPayment: { payment?: { id: string } } }>(
    stack,
    `mutation ($i: StartPaymentInput!) { startPayment(input: $i) { __typename ... on PaymentStarted { payment { id } } } }`,
    { i: { bookingId, provider: 'STRIPE', idempotencyKey: randomUUID() } },
    guestToken,
  );
  if (!startPayment.payment) throw new Error(`startPayment failed: ${JSON.stringify(startPayment)}`);
  return { bookingId, paymentId: startPayment.payment.id };
}

/** Reviews of completed stays of the guest at `listingId` (see World.reviews). */
export async function arrangeReviews(
  stack: TestStack,
  aids: DomainAids,
  { guest, host }: { guest: Viewer; host: Viewer },
  listingId: string,
): Promise<World['reviews']> {
  const stay = { listingId, guestId: guest.id, hostId: host.id };
  const [published, moderated, draft, unreviewedStay] = await Promise.all(
    Array.from({ length: 4 }, () => aids.completeStay(stack, stay)),
  );
  const reviewOf = async (token: string, input: Parameters<DomainAids['submit']>[2]) => {
    const { submitReview } = await aids.submit(stack, token, input);
    if (submitReview.__typename !== 'ReviewSubmitted') throw new Error(`submitReview: ${submitReview.__typename}`);
    return submitReview.review.id;
  };
  const ids = await Promise.all(
    [published, moderated, draft].map((bookingId) => reviewOf(guest.token, aids.guestReview(bookingId))),
  );
  await Promise.all([published, moderated].map((bookingId) => reviewOf(host.token, aids.hostReview(bookingId))));
  return { published: ids[0]!, moderated: ids[1]!, draft: ids[2]!, unreviewedStay: unreviewedStay! };
}
