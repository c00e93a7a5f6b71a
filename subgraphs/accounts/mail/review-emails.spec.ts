import { ReviewDirection } from '../../../contracts/enums/reviews';
import { reviewPublishedEmail } from './review-published.email';
import { reviewReminderEmail } from './review-reminder.email';

const ann = { email: 'ann@example.com', displayName: 'Ann' };
const reminder = {
  to: ann,
  listingTitle: 'Sea-view flat in Diani',
  checkOut: '2027-03-14',
  deadline: '2027-03-28T08:00:00.000Z',
  url: 'https://app.example/bookings/b1/review',
};

describe('review email templates', () => {
  it.each([
    [ReviewDirection.GUEST_TO_LISTING, false, 'review-reminder-guest', 'How was your stay at Sea-view flat in Diani?'],
    [
      ReviewDirection.GUEST_TO_LISTING,
      true,
      'review-reminder-guest-last',
      'Last day to review your stay at Sea-view flat in Diani',
    ],
    [ReviewDirection.HOST_TO_GUEST, false, 'review-reminder-host', 'Review your guest at Sea-view flat in Diani'],
    [
      ReviewDirection.HOST_TO_GUEST,
      true,
      'review-reminder-host-last',
      'Last day to review your guest at Sea-view flat in Diani',
    ],
  ])('reminds (%s, last %s) with the deadline and the link', (direction, last, template, subject) => {
    const email = reviewReminderEmail({ ...reminder, direction, last });
    expect(email).toMatchObject({ to: ann.email, template, subject });
    expect(email.text).toContain('check-out Sun 14 Mar 2027.');
    expect(email.text).toContain('until 28 Mar 2027, 08:00 UTC.');
    expect(email.html).toContain('href="https://app.example/bookings/b1/review"');
  });

  it('tells hosts and guests that a review about them is public, with its rating', () => {
    const url = 'https://app.example/listings/l1/reviews';
    const toHost = reviewPublishedEmail({
      to: ann,
      authorName: 'Gina',
      direction: ReviewDirection.GUEST_TO_LISTING,
      rating: 4,
      url,
    });
    expect(toHost).toMatchObject({ template: 'review-published-host', subject: 'Gina reviewed their stay' });
    expect(toHost.text).toContain('Gina rated their stay 4 out of 5. The review is now public on your listing.');
    expect(toHost.text).toContain('reply to it once');
    const toGuest = reviewPublishedEmail({
      to: ann,
      authorName: 'Hana Homes',
      direction: ReviewDirection.HOST_TO_GUEST,
      rating: 5,
      url,
    });
    expect(toGuest).toMatchObject({
      template: 'review-published-guest',
      subject: 'Hana Homes reviewed you as a guest',
    });
    expect(toGuest.text).toContain('Hana Homes rated you 5 out of 5. The review is now public to hosts.');
    expect(toGuest.text).not.toContain('reply');
  });
});
