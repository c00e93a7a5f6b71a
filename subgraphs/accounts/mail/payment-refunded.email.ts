import type { Email } from '../../../platform/runtime/mail/email';
import { formatInstant, formatMoney } from './booking-email';
import { paymentEmail, type PaymentMessage } from './payment-email';

type Refunded = {
  paymentId: string;
  bookingId: string;
  amountMinor: number;
  refundedTotalMinor: number;
  currency: string;
  full: boolean;
};

/** One email per refund, saying whether the payment is now refunded in full or only in part. */
export function paymentRefundedEmail(message: PaymentMessage<Refunded>): Email {
  const { payment } = message;
  const amount = formatMoney(payment.amountMinor, payment.currency);
  const total = formatMoney(payment.refundedTotalMinor, payment.currency);
  return paymentEmail(message, {
    template: 'payment-refunded',
    subject: `${payment.full ? 'Refund' : 'Partial refund'}: ${amount}`,
    paragraphs: [
      `We refunded ${amount} to you on ${formatInstant(message.at)}, for booking ${payment.bookingId}.`,
      payment.full
        ? `Your payment ${payment.paymentId} is now refunded in full (${total}).`
        : `This is a partial refund: ${total} of your payment ${payment.paymentId} has been refunded so far.`,
      'The money goes back the way you paid; depending on your bank or mobile-money provider it can take a few business days to show.',
    ],
    action: 'View the booking',
  });
}
