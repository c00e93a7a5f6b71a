import type { Email } from '../../../platform/runtime/mail/email';
import type { PaymentProvider } from '../../../contracts/enums/payments';
import { formatInstant, formatMoney } from './booking-email';
import { paymentEmail, type PaymentMessage } from './payment-email';

type Paid = { paymentId: string; bookingId: string; provider: PaymentProvider; amountMinor: number; currency: string };

const BY: Record<PaymentProvider, string> = { STRIPE: 'by card (Stripe)', MPESA: 'with M-Pesa' };

/** The guest's receipt: what was paid, how, when, and under which references. */
export function paymentReceiptEmail(message: PaymentMessage<Paid>): Email {
  const { payment } = message;
  const amount = formatMoney(payment.amountMinor, payment.currency);
  // M-Pesa moves whole shillings only, so a total with cents was charged rounded up.
  const roundedUp = payment.provider === 'MPESA' && payment.amountMinor % 100 !== 0;
  return paymentEmail(message, {
    template: 'payment-receipt',
    subject: `Payment receipt: ${amount}`,
    paragraphs: [
      `We received your payment of ${amount} ${BY[payment.provider]} on ${formatInstant(message.at)}.`,
      ...(roundedUp
        ? [
            `M-Pesa moves whole shillings, so ${formatMoney(Math.ceil(payment.amountMinor / 100) * 100, payment.currency)} was charged.`,
          ]
        : []),
      `Receipt number: ${payment.paymentId}. Booking reference: ${payment.bookingId}.`,
      'The confirmation of your booking follows in a separate email. If the booking can no longer be confirmed, this payment is refunded in full automatically.',
    ],
    action: 'View the booking',
  });
}
