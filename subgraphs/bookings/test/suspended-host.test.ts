import { signedInAdmin, signedInVerifiedUser } from '../../../test/support/accounts/factories';
import { BookingDocument, ListingDocument, SuspendUserDocument } from '../../../test/support/generated/graphql';
import { present } from '../../../test/support/graphql-client';
import { asHost, createPublishedListing } from '../../../test/support/listings/factories';
import { useStackWithWorker } from '../../../test/support/stack-with-worker';
import { waitFor } from '../../../test/support/wait-for';
import { paymentSucceeded, booked, daysFromNow, waitForTerms } from './bookings-support';

const running = useStackWithWorker();
const accountsEm = () => running.stack.subgraph('accounts').orm.em.fork();
const bookingsEm = () => running.stack.subgraph('bookings').orm.em.fork();

describe("a booking whose listing's host is suspended", () => {
  it('still resolves for its guest, listing included, while the listing is hidden from search and listing(id)', async () => {
    const { client } = running.stack;
    const admin = await signedInAdmin(client, accountsEm());
    const host = await asHost(client, await signedInVerifiedUser(client, accountsEm()));
    const listing = await createPublishedListing(client, host.token, { instantBook: true });
    await waitForTerms(bookingsEm, listing.id);
    const guest = await signedInVerifiedUser(client, accountsEm());
    const made = await booked(client, guest.token, {
      listingId: listing.id,
      checkIn: daysFromNow(30),
      checkOut: daysFromNow(32),
    });
    await paymentSucceeded(bookingsEm(), made);

    await client.data(SuspendUserDocument, {
      token: admin.token,
      variables: { input: { userId: host.id, reason: 'fake listings' } },
    });
    await waitFor(
      async () =>
        (await client.data(ListingDocument, { token: guest.token, variables: { id: listing.id } })).listing === null,
      { what: 'the listing to be hidden' },
    );

    const { booking } = await client.data(BookingDocument, { token: guest.token, variables: { id: made.id } });
    expect(present(booking, 'the booking')).toMatchObject({ id: made.id, listing: { id: listing.id } });
  });
});
