import type { Email } from '../../../platform/runtime/mail/email';
import { paymentEmail, type PaymentMessage } from './payment-email';

type Failed = { bookingId: string; reason: string };

/** Tells the guest why an attempt failed and that the booking can still be paid while it is held. */
export function paymentFailedEmail(message: PaymentMessage<Failed>): Email {
  const { payment } = message;
  return paymentEmail(message, {
    template: 'payment-failed',
    subject: 'Your payment did not go through',
    paragraphs: [
      `Your payment for booking ${payment.bookingId} did not go through: ${payment.reason}`,
      'You were not charged for this attempt. You can pay again, with the same or another card or phone, while the booking holds the dates; after that they are released.',
    ],
    action: 'Pay for the booking',
  });
}
