import { signedInVerifiedUser } from '../../../test/support/accounts/factories';
import { asHost, createPublishedListing } from '../../../test/support/listings/factories';
import { useStackWithWorker } from '../../../test/support/stack-with-worker';
import { waitFor } from '../../../test/support/wait-for';
import { ListingDocument } from '../../../test/support/generated/graphql';
import { present } from '../../../test/support/graphql-client';
import { booked, changeBooking, daysFromNow, paymentSucceeded, waitForTerms } from './bookings-support';

const running = useStackWithWorker();
const accountsEm = () => running.stack.subgraph('accounts').orm.em.fork();
const bookingsEm = () => running.stack.subgraph('bookings').orm.em.fork();

describe("a listing's exact address", () => {
  it('is shown to a guest once their stay is confirmed, and hidden again when it is cancelled', async () => {
    const host = await asHost(running.stack.client, await signedInVerifiedUser(running.stack.client, accountsEm()));
    const listing = await createPublishedListing(running.stack.client, host.token, { instantBook: true });
    await waitForTerms(bookingsEm, listing.id);
    const guest = await signedInVerifiedUser(running.stack.client, accountsEm());
    const where = async () => {
      const seen = await running.stack.client.data(ListingDocument, {
        token: guest.token,
        variables: { id: listing.id },
      });
      return present(seen.listing, 'the listing');
    };

    const booking = await booked(running.stack.client, guest.token, {
      listingId: listing.id,
      checkIn: daysFromNow(30),
      checkOut: daysFromNow(33),
    });
    expect((await where()).address.street).toBeNull();

    await paymentSucceeded(bookingsEm(), booking);
    const exact = await waitFor(
      async () => {
        const seen = await where();
        return seen.address.street !== null && seen;
      },
      { what: 'the exact address' },
    );
    expect(exact).toMatchObject({ latitude: -4.3167, address: { street: '12 Beach Road', postalCode: '80401' } });

    await changeBooking(running.stack.client, guest.token, 'cancelBooking', booking.id, 'Plans changed');
    await waitFor(async () => (await where()).address.street === null, { what: 'the address to be hidden again' });
  });
});
