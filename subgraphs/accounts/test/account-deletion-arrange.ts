import { randomUUID } from 'node:crypto';
import { signedInVerifiedUser } from '../../../test/support/accounts/factories';
import {
  CreateBookingDocument,
  RequestListingPhotoUploadDocument,
  SubmitReviewDocument,
  type SubmitReviewInput,
} from '../../../test/support/generated/graphql';
import { ofType } from '../../../test/support/graphql-client';
import { png, putBytes, viaGateway } from '../../../test/support/media/uploads';
import { asHost, createPublishedListing } from '../../../test/support/listings/factories';
import type { TestStack } from '../../../test/support/test-stack';
import { waitFor } from '../../../test/support/wait-for';
import { publish } from '../../../platform/events/publish';
import { BookingCompleted } from '../../../contracts/events/bookings';
import { accountsEm, bookingSubject, daysAhead, waitForListingOnMarket } from './account-deletion-support';

/** A host with a listing on the market, as accounts' projection knows it. */
export async function hostWithListing(stack: TestStack) {
  const host = await asHost(stack.client, await signedInVerifiedUser(stack.client, accountsEm(stack)));
  const listing = await createPublishedListing(stack.client, host.token);
  await waitForListingOnMarket(stack, listing.id, true);
  return { host, listing };
}

/** A booking of an instant-book listing weeks ahead: PENDING, awaiting payment. */
export async function bookAhead(stack: TestStack, token: string, listingId: string) {
  await waitFor(
    async () =>
      (
        await stack
          .subgraph('bookings')
          .orm.em.fork()
          .execute('select 1 from bookings.listing_terms where listing_id = ?', [listingId])
      ).length > 0,
    { what: 'bookings to know the listing' },
  );
  const { createBooking } = await stack.client.data(CreateBookingDocument, {
    token,
    variables: {
      input: { listingId, checkIn: daysAhead(40), checkOut: daysAhead(43), guests: 1, idempotencyKey: randomUUID() },
    },
  });
  return ofType(createBooking, 'BookingCreated').booking;
}

/** A completed stay as bookings announces it, reviewed by both sides so the reviews are public. */
export async function reviewedStay(
  stack: TestStack,
  guest: { id: string; token: string },
  host: { id: string; token: string },
  listingId: string,
) {
  const bookingId = randomUUID();
  const completedAt = new Date(Date.now() - 3_600_000);
  await stack
    .subgraph('reviews')
    .orm.em.fork()
    .transactional((tx) =>
      publish(tx, BookingCompleted, {
        ...bookingSubject(guest.id, host.id),
        bookingId,
        listingId,
        checkIn: '2026-01-01',
        checkOut: completedAt.toISOString().slice(0, 10),
        completedAt: completedAt.toISOString(),
      }),
    );
  await waitFor(
    async () =>
      (
        await stack
          .subgraph('reviews')
          .orm.em.fork()
          .execute('select 1 from reviews.stays where booking_id = ?', [bookingId])
      ).length > 0,
    { what: 'reviews to record the stay' },
  );
  const submit = async (token: string, input: SubmitReviewInput) =>
    ofType(
      (await stack.client.data(SubmitReviewDocument, { token, variables: { input } })).submitReview,
      'ReviewSubmitted',
    ).review;
  const sub = 5;
  const review = await submit(guest.token, {
    bookingId,
    rating: 5,
    subRatings: { cleanliness: sub, accuracy: sub, checkIn: sub, communication: sub, location: sub, value: sub },
    text: 'Lovely place, honestly described.',
    privateNote: 'Call me on +254 700 000 000 next time.',
  });
  await submit(host.token, { bookingId, rating: 5, text: 'A considerate guest.' });
  return review.id;
}

/** Uploads a photo to the host's listing; returns the gateway URL of its smallest size. */
export async function uploadedPhoto(stack: TestStack, token: string, listingId: string): Promise<string> {
  const { requestListingPhotoUpload } = await stack.client.data(RequestListingPhotoUploadDocument, {
    token,
    variables: { listingId, altText: 'The terrace' },
  });
  const ticket = ofType(requestListingPhotoUpload, 'PhotoUploadTicket');
  const response = await putBytes(viaGateway(stack, ticket.uploadUrl), await png(400, 300), {
    'content-type': 'image/png',
  });
  if (response.status !== 201) throw new Error(`upload refused: ${response.status} ${await response.text()}`);
  return new URL(`/media/listings/photos/${ticket.photoId}/small.webp`, stack.gateway.url).toString();
}
