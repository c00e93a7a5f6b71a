import { registerUser, signedInVerifiedUser } from '../../../test/support/accounts/factories';
import { asHost } from '../../../test/support/listings/factories';
import { mailTo, waitForMail } from '../../../test/support/mailbox';
import { useStackWithWorker } from '../../../test/support/stack-with-worker';
import { newId } from '../../../platform/graphql/ids';
import { publish } from '../../../platform/events/publish';
import type { EventDefinition } from '../../../platform/events/event-definition';
import { ReviewDirection } from '../../../contracts/enums/reviews';
import { ReviewPublished, ReviewReminderDue } from '../../../contracts/events/reviews';

const running = useStackWithWorker();
const accountsEm = () => running.stack.subgraph('accounts').orm.em.fork();
const TITLE = 'Sea-view flat in Diani';

/** As reviews will: in a transaction, through publish(). */
async function announce<E extends EventDefinition>(
  event: E,
  payload: Parameters<typeof publish<E['payload']>>[2],
): Promise<void> {
  await accountsEm().transactional((tx) => publish(tx, event, payload));
}

/** The message's text with quoted-printable soft line breaks undone. */
async function mail(email: string, subject: string): Promise<string> {
  const message = await waitForMail(running.worker.config.mail.dir, email, subject);
  return message.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
}

async function stay() {
  const host = await asHost(running.stack.client, await signedInVerifiedUser(running.stack.client, accountsEm()));
  const guest = await registerUser(running.stack.client, { displayName: 'Gina Guest' });
  return { host, guest, bookingId: newId(), listingId: newId() };
}

describe('review emails, sent by accounts from the review events', () => {
  it('tell the person a published review is about, naming the author as the reader knows them', async () => {
    const { host, guest, bookingId, listingId } = await stay();
    const published = { bookingId, listingId, revision: 1 };
    const guestReview = newId();
    await announce(ReviewPublished, {
      ...published,
      reviewId: guestReview,
      direction: ReviewDirection.GUEST_TO_LISTING,
      authorId: guest.id,
      aboutUserId: host.id,
      rating: 4,
    });
    await announce(ReviewPublished, {
      ...published,
      reviewId: newId(),
      direction: ReviewDirection.HOST_TO_GUEST,
      authorId: host.id,
      aboutUserId: guest.id,
      rating: 5,
    });

    const toHost = await mail(host.email, 'Gina Guest reviewed their stay');
    expect(toHost).toContain('Gina Guest rated their stay 4 out of 5.');
    expect(toHost).toContain(`/reviews/${guestReview}`);
    expect(await mail(guest.email, 'Hana Host reviewed you as a guest')).toContain('Hana Host rated you 5 out of 5.');
    // Nothing goes to the author.
    expect(mailTo(running.worker.config.mail.dir, host.email).filter((m) => m.includes('review'))).toHaveLength(1);
  });

  it('remind the guest and the host a day after check-out and before the window closes, once each', async () => {
    const { host, guest, bookingId, listingId } = await stay();
    const reminder = {
      bookingId,
      listingId,
      listingTitle: TITLE,
      checkOut: '2027-03-14',
      deadline: '2027-03-28T08:00:00.000Z',
    };
    for (const last of [false, true]) {
      await announce(ReviewReminderDue, {
        ...reminder,
        recipientId: guest.id,
        direction: ReviewDirection.GUEST_TO_LISTING,
        last,
      });
      await announce(ReviewReminderDue, {
        ...reminder,
        recipientId: host.id,
        direction: ReviewDirection.HOST_TO_GUEST,
        last,
      });
    }

    const first = await mail(guest.email, `How was your stay at ${TITLE}?`);
    expect(first).toContain('until 28 Mar 2027, 08:00 UTC.');
    expect(first).toContain(`/bookings/${bookingId}/review`);
    await mail(guest.email, `Last day to review your stay at ${TITLE}`);
    await mail(host.email, `Review your guest at ${TITLE}`);
    await mail(host.email, `Last day to review your guest at ${TITLE}`);
    expect(mailTo(running.worker.config.mail.dir, guest.email).filter((m) => m.includes('review'))).toHaveLength(2);
  });
});
