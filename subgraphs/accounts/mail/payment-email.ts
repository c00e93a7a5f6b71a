import { renderEmail, type Email } from '../../../platform/runtime/mail/email';

/** What a payment email template gets: the guest, a link to the booking and the event's facts. */
export interface PaymentMessage<P> {
  to: { email: string; displayName: string };
  url: string;
  /** When the provider reported it, ISO 8601. */
  at: string;
  payment: P;
}

/** One layout for the payment emails: they go to the guest only, who paid (or tried to). */
export function paymentEmail(
  message: PaymentMessage<unknown>,
  content: { template: string; subject: string; paragraphs: string[]; action: string },
): Email {
  return renderEmail(message.to.email, {
    template: content.template,
    subject: content.subject,
    greeting: `Hi ${message.to.displayName},`,
    paragraphs: content.paragraphs,
    action: { label: content.action, url: message.url },
    footer: 'You received this email because you paid, or tried to pay, for a booking on StayGraph.',
  });
}
