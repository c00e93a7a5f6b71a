import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { newId } from '../../../platform/graphql/ids';
import { PASSWORD, uniqueEmail } from '../accounts/factories';
import { listingInput } from '../listings/factories';
import type { TestStack } from '../test-stack';
import { book, calendarVersion, daysFromNow, listingVersion } from './arrange';
import type { Call } from './hostile-walk';
import type { ValidValues } from './schema-walk';
import type { DomainAids, LANES, World } from './world';

// Valid values: by schema coordinate, then by type. A value may depend on the call (its slot).

type CalendarMutation = 'blockDates' | 'unblockDates' | 'setNightlyPrice' | 'updateCalendarSettings';

const token = () => randomBytes(32).toString('base64url');
const NEW_PASSWORD = 'another correct horse battery';

const inputOf: Record<CalendarMutation, string> = {
  blockDates: 'BlockDatesInput',
  unblockDates: 'UnblockDatesInput',
  setNightlyPrice: 'SetNightlyPriceInput',
  updateCalendarSettings: 'CalendarSettingsInput',
};

/** The valid values of a walk over `world`, arranged on `stack`. */
export function validValues(
  stack: TestStack,
  world: World,
  aids: Pick<DomainAids, 'totpCodeAt' | 'guestReview'>,
): ValidValues<Call> {
  const { totpCodeAt, guestReview } = aids;
  const laneListing = (field: keyof typeof LANES) => (call: Call) => world.laneListings[field][call.lane];
  const calendarInput = (mutation: CalendarMutation, firstDay: number) => ({
    [`${inputOf[mutation]}.listingId`]: laneListing(`Mutation.${mutation}`),
    [`${inputOf[mutation]}.expectedVersion`]: (call: Call) =>
      calendarVersion(stack, world.host.token, laneListing(`Mutation.${mutation}`)(call)),
    ...(mutation === 'updateCalendarSettings'
      ? { 'CalendarSettingsInput.advanceNoticeDays': () => 1, 'CalendarSettingsInput.bookingWindowDays': () => 365 }
      : {
          [`${inputOf[mutation]}.from`]: ({ slot }: Call) => daysFromNow(firstDay + 2 * slot),
          [`${inputOf[mutation]}.to`]: ({ slot }: Call) => daysFromNow(firstDay + 1 + 2 * slot),
        }),
  });
  /** A new pending booking on a listing, for a call that ends one. */
  const freshBooking = (listingId: string, firstDay: number) => book(stack, world.guest.token, listingId, firstDay);

  return {
    byCoordinate: {
      // Query
      'Query.booking(id:)': () => world.bookingId,
      'Query.listing(id:)': () => world.listings.main,
      'Query.quote(listingId:)': () => world.listings.main,
      'Query.quote(checkIn:)': () => daysFromNow(30),
      'Query.quote(checkOut:)': () => daysFromNow(32),
      'Query.quote(guests:)': () => 2,
      'Listing.calendar(from:)': () => daysFromNow(1),
      'Listing.calendar(to:)': () => daysFromNow(20),
      'Listing.availability(from:)': () => daysFromNow(1),
      'Listing.availability(to:)': () => daysFromNow(20),
      'NearInput.latitude': () => -4.3,
      'NearInput.longitude': () => 39.5,
      'NearInput.radiusKm': () => 25,
      'BoundingBoxInput.south': () => -5,
      'BoundingBoxInput.west': () => 39,
      'BoundingBoxInput.north': () => -4,
      'BoundingBoxInput.east': () => 40,
      'PriceRangeInput.currency': () => 'USD',
      'StayInput.checkIn': () => daysFromNow(30),
      'StayInput.checkOut': () => daysFromNow(32),
      // accounts
      'SuspendUserInput.userId': () => world.suspendable,
      'SuspendUserInput.reason': () => 'Hostile input walk',
      'Mutation.reinstateUser(userId:)': () => world.suspendable,
      'RegisterInput.email': () => uniqueEmail('hostile'),
      'RegisterInput.password': () => PASSWORD,
      'RegisterInput.displayName': () => 'Hostile Walker',
      'LoginInput.email': () => world.own.login.email,
      'LoginInput.password': () => PASSWORD,
      'Mutation.completeMfaLogin(challengeToken:)': () => world.challengeToken,
      'Mutation.completeMfaLogin(code:)': () => totpCodeAt(world.totp.challenge, new Date()),
      'HostProfileInput.displayName': () => 'Hana Host',
      'HostProfileInput.about': () => 'Places by the sea.',
      'HostProfileInput.languages': () => ['en'],
      'Mutation.enrolMfa(currentPassword:)': () => PASSWORD,
      'Mutation.confirmMfa(code:)': () => totpCodeAt(world.totp.enrolling, new Date()),
      'Mutation.disableMfa(code:)': () => totpCodeAt(world.totp.mfa, new Date()),
      'Mutation.disableMfa(currentPassword:)': () => PASSWORD,
      'ChangePasswordInput.currentPassword': () => PASSWORD,
      'ChangePasswordInput.newPassword': () => NEW_PASSWORD,
      'Mutation.requestPasswordReset(email:)': () => world.own.login.email,
      'ResetPasswordInput.token': token,
      'ResetPasswordInput.newPassword': () => NEW_PASSWORD,
      'Mutation.refreshToken(refreshToken:)': () => world.own.refresh.refreshToken,
      'Mutation.revokeSession(id:)': () => world.otherSessionId,
      'Mutation.verifyEmail(token:)': token,
      'ChangeEmailInput.newEmail': () => uniqueEmail('hostile-new'),
      'ChangeEmailInput.currentPassword': () => PASSWORD,
      'Mutation.startPhoneVerification(phoneNumber:)': () =>
        `+2547${String(randomInt(0, 100_000_000)).padStart(8, '0')}`,
      'Mutation.confirmPhoneVerification(code:)': () => '123456',
      // bookings
      'CreateBookingInput.listingId': () => world.listings.bookable,
      'CreateBookingInput.checkIn': ({ slot }) => daysFromNow(10 + 3 * slot),
      'CreateBookingInput.checkOut': ({ slot }) => daysFromNow(12 + 3 * slot),
      'CreateBookingInput.guests': () => 2,
      'CreateBookingInput.idempotencyKey': () => randomUUID(),
      'Mutation.acceptBooking(id:)': () => world.awaitingHost,
      'Mutation.declineBooking(id:)': ({ slot }) => freshBooking(world.listings.requests, 10 + 3 * slot),
      'Mutation.declineBooking(reason:)': () => 'Sorry, not these dates',
      'Mutation.cancelBooking(id:)': ({ slot }) => freshBooking(world.listings.cancellable, 10 + 3 * slot),
      'Mutation.cancelBooking(reason:)': () => 'Plans changed',
      ...calendarInput('blockDates', 20),
      ...calendarInput('unblockDates', 20),
      ...calendarInput('setNightlyPrice', 20),
      ...calendarInput('updateCalendarSettings', 0),
      // listings
      'Mutation.createListing(input:)': () => listingInput(),
      'CreateListingInput.address': () => listingInput().address,
      'CreateListingInput.capacity': () => listingInput().capacity,
      'UpdateListingInput.address': () => listingInput().address,
      'UpdateListingInput.capacity': () => listingInput().capacity,
      'Mutation.updateListing(id:)': laneListing('Mutation.updateListing'),
      'Mutation.updateListing(expectedVersion:)': (call) =>
        listingVersion(stack, world.host.token, laneListing('Mutation.updateListing')(call)),
      'Mutation.updateListing(input:)': () => ({ title: 'A quieter flat in Diani' }),
      'Mutation.publishListing(id:)': () => world.listings.draft,
      'Mutation.deactivateListing(id:)': () => world.listings.active,
      'Mutation.reactivateListing(id:)': () => world.listings.inactive,
      'Mutation.requestListingPhotoUpload(listingId:)': () => world.listings.uploads,
      'Mutation.requestListingPhotoUpload(altText:)': () => 'The terrace',
      'Mutation.reorderListingPhotos(listingId:)': () => world.listings.photos,
      'Mutation.reorderListingPhotos(photoIds:)': () => world.photoIds,
      'Mutation.updateListingPhoto(photoId:)': () => world.photoIds[0],
      'Mutation.updateListingPhoto(altText:)': () => 'The bedroom',
      'Mutation.deleteListingPhoto(photoId:)': () => world.deletablePhotoId,
      // payments
      'StartPaymentInput.bookingId': () => world.payable.bookingId,
      'RefundPaymentInput.paymentId': () => world.payable.paymentId,
      // reviews
      'Query.review(id:)': () => world.reviews.published,
      'SubmitReviewInput.bookingId': () => world.reviews.unreviewedStay,
      // Optional in the schema, required of a guest's review of a listing (the walk leaves optional fields out).
      'SubmitReviewInput.subRatings': () => guestReview('').subRatings,
      'UpdateReviewInput.subRatings': () => guestReview('').subRatings,
      'UpdateReviewInput.reviewId': () => world.reviews.draft,
      'Mutation.respondToReview(reviewId:)': () => world.reviews.published,
      'Mutation.reportReview(reviewId:)': () => world.reviews.published,
      'Mutation.hideReview(reviewId:)': () => world.reviews.moderated,
      'Mutation.unhideReview(reviewId:)': () => world.reviews.moderated,
      // ops
      'Mutation.retryFailedJob(id:)': () => '1',
    },
    byType: {
      String: () => 'Hostile walk',
      Int: () => 1,
      SafeInt: () => 1,
      Float: () => 1.5,
      Boolean: () => true,
      ID: () => newId(),
      LocalDate: () => daysFromNow(60),
      DateTimeISO: () => new Date().toISOString(),
      JSONObject: () => ({}),
    },
  };
}
