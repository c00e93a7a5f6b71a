import { renderEmail, type Email } from '../../../platform/runtime/mail/email';
import { ReviewDirection } from '../../../contracts/enums/reviews';

/** What the notice says: who wrote, in which direction, the overall rating, and where to read it. */
export interface ReviewPublishedMessage {
  to: { email: string; displayName: string };
  authorName: string;
  direction: ReviewDirection;
  rating: number;
  url: string;
}

/** To the person a newly published review is about: the host of the listing, or the guest. */
export function reviewPublishedEmail(message: ReviewPublishedMessage): Email {
  const { to, authorName, direction, rating, url } = message;
  const aboutListing = direction === ReviewDirection.GUEST_TO_LISTING;
  return renderEmail(to.email, {
    template: aboutListing ? 'review-published-host' : 'review-published-guest',
    subject: aboutListing ? `${authorName} reviewed their stay` : `${authorName} reviewed you as a guest`,
    greeting: `Hi ${to.displayName},`,
    paragraphs: [
      `${authorName} rated ${aboutListing ? 'their stay' : 'you'} ${rating} out of 5. The review is now public${aboutListing ? ' on your listing' : ' to hosts'}.`,
      ...(aboutListing ? ['You can reply to it once, publicly.'] : []),
    ],
    action: { label: 'Read the review', url },
    footer: 'You received this email because a review about you was published on StayGraph.',
  });
}
