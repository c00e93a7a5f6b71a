import { randomUUID } from 'node:crypto';
import { PASSWORD, signIn, signedInVerifiedUser } from '../../../test/support/accounts/factories';
import {
  CancelBookingDocument,
  ConfirmMfaDocument,
  EnrolMfaDocument,
  LoginDocument,
  MeDocument,
  ReviewDocument,
} from '../../../test/support/generated/graphql';
import { codeOf, ofType } from '../../../test/support/graphql-client';
import { asHost, changeStatus, createDraft } from '../../../test/support/listings/factories';
import { useStackWithWorker } from '../../../test/support/stack-with-worker';
import { waitFor } from '../../../test/support/wait-for';
import { StayStage } from '../account-deletion/user-stay.entity';
import { totpCodeAt } from '../mfa/totp';
import { bookAhead, hostWithListing, reviewedStay, uploadedPhoto } from './account-deletion-arrange';
import {
  accountsEm,
  bookingSubject,
  deleteAccount,
  feed,
  waitForListingOnMarket,
  waitForStayStage,
} from './account-deletion-support';

const running = useStackWithWorker();
const stack = () => running.stack;
const em = (name: string) => stack().subgraph(name).orm.em.fork();

describe('deleteMyAccount', () => {
  it('is refused with a wrong password, and the account stays', async () => {
    const user = await signedInVerifiedUser(stack().client, accountsEm(stack()));
    expect(codeOf(await deleteAccount(stack(), user.token, 'not my password at all'))).toBe('ACCOUNTS.WRONG_PASSWORD');
    expect((await signIn(stack().client, user.email)).token).toBeTruthy();
  });

  it('asks for a second factor when two-factor authentication is on', async () => {
    const user = await signedInVerifiedUser(stack().client, accountsEm(stack()));
    const { enrolMfa } = await stack().client.data(EnrolMfaDocument, {
      token: user.token,
      variables: { currentPassword: PASSWORD },
    });
    const { secret } = ofType(enrolMfa, 'MfaEnrolment');
    const { confirmMfa } = await stack().client.data(ConfirmMfaDocument, {
      token: user.token,
      variables: { code: totpCodeAt(secret, new Date()) },
    });
    const [recoveryCode] = ofType(confirmMfa, 'MfaEnabled').recoveryCodes;

    expect(codeOf(await deleteAccount(stack(), user.token, PASSWORD))).toBe('ACCOUNTS.INVALID_MFA_CODE');
    expect(codeOf(await deleteAccount(stack(), user.token, PASSWORD, '000000'))).toBe('ACCOUNTS.INVALID_MFA_CODE');
    expect((await deleteAccount(stack(), user.token, PASSWORD, recoveryCode)).__typename).toBe('AccountDeleted');
    const [row] = await accountsEm(stack()).execute<{ mfa_secret: string | null; mfa_enabled_at: Date | null }[]>(
      'select mfa_secret, mfa_enabled_at from accounts.users where id = ?',
      [user.id],
    );
    expect(row).toEqual({ mfa_secret: null, mfa_enabled_at: null });
  });

  it('is refused while a listing is on the market, a stay is ahead or a payment is awaited', async () => {
    const { host, listing } = await hostWithListing(stack());
    expect(await deleteAccount(stack(), host.token, PASSWORD)).toMatchObject({
      code: 'ACCOUNTS.LISTINGS_ON_MARKET',
      count: 1,
    });

    const guest = await signedInVerifiedUser(stack().client, accountsEm(stack()));
    const booking = await bookAhead(stack(), guest.token, listing.id);
    await waitForStayStage(stack(), booking.id, StayStage.AWAITING_PAYMENT);
    expect(await deleteAccount(stack(), guest.token, PASSWORD)).toMatchObject({
      code: 'ACCOUNTS.PAYMENT_IN_FLIGHT',
      count: 1,
    });

    ofType(await changeStatus(stack().client, host.token, 'deactivate', listing.id), 'ListingStatusChanged');
    await waitForListingOnMarket(stack(), listing.id, false);
    expect(await deleteAccount(stack(), host.token, PASSWORD)).toMatchObject({
      code: 'ACCOUNTS.UPCOMING_STAYS',
      count: 1,
    });
  });

  it('is refused during a confirmed stay and while a refund is on its way, then goes through', async () => {
    const guest = await signedInVerifiedUser(stack().client, accountsEm(stack()));
    const subject = bookingSubject(guest.id, randomUUID());
    const paymentId = randomUUID();
    const money = { paymentId, totalMinor: 50_000, currency: 'USD' };
    await feed(stack(), 'accounts.record_confirmed_stay', { ...subject, ...money });
    expect(codeOf(await deleteAccount(stack(), guest.token, PASSWORD))).toBe('ACCOUNTS.UPCOMING_STAYS');

    await feed(stack(), 'accounts.record_cancelled_stay', {
      ...subject,
      reason: 'CANCELLED_BY_GUEST',
      paymentId,
      refundMinor: 25_000,
      currency: 'USD',
    });
    expect(codeOf(await deleteAccount(stack(), guest.token, PASSWORD))).toBe('ACCOUNTS.REFUND_IN_FLIGHT');

    const refund = { paymentId, bookingId: subject.bookingId, guestId: guest.id, currency: 'USD', full: false };
    await feed(stack(), 'accounts.record_refund', {
      ...refund,
      refundId: randomUUID(),
      amountMinor: 10_000,
      refundedTotalMinor: 10_000,
    });
    expect(codeOf(await deleteAccount(stack(), guest.token, PASSWORD))).toBe('ACCOUNTS.REFUND_IN_FLIGHT');

    await feed(stack(), 'accounts.record_refund', {
      ...refund,
      refundId: randomUUID(),
      amountMinor: 15_000,
      refundedTotalMinor: 25_000,
    });
    expect((await deleteAccount(stack(), guest.token, PASSWORD)).__typename).toBe('AccountDeleted');
  });

  it('erases the user, ends their sessions, and every domain follows', async () => {
    const { host, listing } = await hostWithListing(stack());
    const user = await asHost(stack().client, await signedInVerifiedUser(stack().client, accountsEm(stack())));
    const otherDevice = await signIn(stack().client, user.email);
    const draft = await createDraft(stack().client, user.token);
    const photo = await uploadedPhoto(stack(), user.token, draft.id);
    expect((await fetch(photo)).status).toBe(200);
    const reviewId = await reviewedStay(stack(), user, host, listing.id);
    const booking = await bookAhead(stack(), user.token, listing.id);
    const { cancelBooking } = await stack().client.data(CancelBookingDocument, {
      token: user.token,
      variables: { id: booking.id, reason: 'My sister Jane Doe is ill' },
    });
    ofType(cancelBooking, 'BookingChanged');
    await waitForStayStage(stack(), booking.id, StayStage.ENDED);
    // A paid M-Pesa attempt of theirs, as payments keeps it (no provider in this test).
    const paymentId = randomUUID();
    await em('payments').execute(
      `insert into payments.payments (id, booking_id, guest_id, host_id, provider, status, amount_minor, currency,
         charged_minor, payer_phone, idempotency_key, created_at, updated_at)
       values (?, ?, ?, ?, 'MPESA', 'FAILED', 1000, 'KES', 1000, '254700000001', ?, now(), now())`,
      [paymentId, booking.id, user.id, host.id, randomUUID()],
    );

    const deleted = await deleteAccount(stack(), user.token, PASSWORD);
    expect(deleted.__typename).toBe('AccountDeleted');

    for (const token of [user.token, otherDevice.token])
      expect((await stack().client.request(MeDocument, { token })).status).toBe(401);
    const { login } = await stack().client.data(LoginDocument, {
      variables: { input: { email: user.email, password: PASSWORD } },
    });
    expect(codeOf(login)).toBe('ACCOUNTS.INVALID_CREDENTIALS');

    const [row] = await accountsEm(stack()).execute<{ email: string; display_name: string; password_hash: string }[]>(
      'select email, display_name, password_hash from accounts.users where id = ?',
      [user.id],
    );
    expect(row).toEqual({ email: `deleted:${user.id}`, display_name: 'Former guest', password_hash: '' });
    const leftovers = await accountsEm(stack()).execute(
      `select 'session' from accounts.sessions where user_id = ?
       union all select 'host profile' from accounts.host_profiles where user_id = ?
       union all select 'audit address' from accounts.audit_log where user_id = ? and (ip is not null or user_agent is not null)`,
      [user.id, user.id, user.id],
    );
    expect(leftovers).toEqual([]);

    const { review } = await stack().client.data(ReviewDocument, { variables: { id: reviewId } });
    expect(review).toMatchObject({ published: true, author: { id: user.id, displayName: 'Former guest' } });

    await waitFor(
      async () =>
        (await em('listings').execute('select 1 from listings.listings where id = ?', [draft.id])).length === 0,
      { what: "listings to remove the deleted user's draft" },
    );
    expect((await fetch(photo)).status).toBe(404);
    await waitFor(
      async () =>
        (
          await em('bookings').execute(
            'select 1 from bookings.booking_transitions where booking_id = ? and actor_id = ? and note is null',
            [booking.id, user.id],
          )
        ).length > 0,
      { what: "bookings to erase the deleted user's note" },
    );
    await waitFor(
      async () =>
        (
          await em('reviews').execute(`select 1 from reviews.revisions where review_id = ? and private_note is null`, [
            reviewId,
          ])
        ).length > 0,
      { what: "reviews to erase the deleted user's private note" },
    );
    await waitFor(
      async () =>
        (
          await em('payments').execute(
            'select 1 from payments.payments where id = ? and guest_id = ? and payer_phone is null and amount_minor = 1000',
            [paymentId, user.id],
          )
        ).length > 0,
      { what: "payments to erase the deleted user's phone number" },
    );
    const [kept] = await em('bookings').execute<{ guest_id: string }[]>(
      'select guest_id from bookings.bookings where id = ?',
      [booking.id],
    );
    expect(kept.guest_id).toBe(user.id);
  });
});
