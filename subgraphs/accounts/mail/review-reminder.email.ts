import { renderEmail, type Email } from '../../../platform/runtime/mail/email';
import { ReviewDirection } from '../../../contracts/enums/reviews';
import { formatDate, formatInstant } from './booking-email';

/** A stay someone can still review: its listing, check-out day, the window's end and the link to write. */
export interface ReviewReminderMessage {
  to: { email: string; displayName: string };
  direction: ReviewDirection;
  listingTitle: string;
  checkOut: string;
  deadline: string;
  /** The reminder a day before the window closes. */
  last: boolean;
  url: string;
}

/** The two reminders (a day after check-out, a day before the window closes), to the guest or the host. */
export function reviewReminderEmail(message: ReviewReminderMessage): Email {
  const { to, direction, listingTitle, checkOut, deadline, last, url } = message;
  const guest = direction === ReviewDirection.GUEST_TO_LISTING;
  const what = guest ? `your stay at ${listingTitle}` : `your guest at ${listingTitle}`;
  return renderEmail(to.email, {
    template: `review-reminder-${guest ? 'guest' : 'host'}${last ? '-last' : ''}`,
    subject: last ? `Last day to review ${what}` : guest ? `How was your stay at ${listingTitle}?` : `Review ${what}`,
    greeting: `Hi ${to.displayName},`,
    paragraphs: [
      `${listingTitle}: check-out ${formatDate(checkOut)}.`,
      `You can review ${what} until ${formatInstant(deadline)}. Neither of you sees the other's review until both are written or that time has passed.`,
    ],
    action: { label: 'Write your review', url },
    footer: `You received this email because you were the ${guest ? 'guest' : 'host'} of this stay.`,
  });
}
