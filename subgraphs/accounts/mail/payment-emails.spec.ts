import { PaymentProvider } from '../../../contracts/enums/payments';
import { paymentFailedEmail } from './payment-failed.email';
import { paymentReceiptEmail } from './payment-receipt.email';
import { paymentRefundedEmail } from './payment-refunded.email';
import type { PaymentMessage } from './payment-email';

const GUEST = { email: 'gina@example.com', displayName: 'Gina' };
const ids = { paymentId: '01900000-0000-7000-8000-000000000001', bookingId: '01900000-0000-7000-8000-000000000002' };

function message<P>(payment: P): PaymentMessage<P> {
  return { to: GUEST, url: 'https://app.example/bookings/b1', at: '2027-03-12T06:05:00.000Z', payment };
}

describe('payment email templates', () => {
  it('give the guest a receipt with the amount, the provider, the time and both references', () => {
    const email = paymentReceiptEmail(
      message({ ...ids, provider: PaymentProvider.STRIPE, amountMinor: 43848, currency: 'USD' }),
    );
    expect(email).toMatchObject({
      to: GUEST.email,
      subject: 'Payment receipt: USD 438.48',
      template: 'payment-receipt',
    });
    expect(email.text).toContain('We received your payment of USD 438.48 by card (Stripe) on 12 Mar 2027, 06:05 UTC.');
    expect(email.text).toContain(`Receipt number: ${ids.paymentId}. Booking reference: ${ids.bookingId}.`);
    expect(email.text).not.toContain('whole shillings');
    expect(email.html).toContain('href="https://app.example/bookings/b1"');
  });

  it('say what M-Pesa charged when the total had cents', () => {
    const rounded = paymentReceiptEmail(
      message({ ...ids, provider: PaymentProvider.MPESA, amountMinor: 150050, currency: 'KES' }),
    );
    expect(rounded.text).toContain('We received your payment of KES 1,500.50 with M-Pesa');
    expect(rounded.text).toContain('M-Pesa moves whole shillings, so KES 1,501.00 was charged.');
    const whole = paymentReceiptEmail(
      message({ ...ids, provider: PaymentProvider.MPESA, amountMinor: 150000, currency: 'KES' }),
    );
    expect(whole.text).not.toContain('whole shillings');
  });

  it('tell the guest why a payment failed, as data, and that they may pay again', () => {
    const email = paymentFailedEmail(message({ bookingId: ids.bookingId, reason: 'Your card was <b>declined</b>.' }));
    expect(email.subject).toBe('Your payment did not go through');
    expect(email.text).toContain('did not go through: Your card was <b>declined</b>.');
    expect(email.text).toContain('You can pay again');
    expect(email.html).not.toContain('<b>declined</b>');
  });

  it('tell full refunds from partial ones', () => {
    const refund = { ...ids, currency: 'USD' };
    const full = paymentRefundedEmail(
      message({ ...refund, amountMinor: 43848, refundedTotalMinor: 43848, full: true }),
    );
    expect(full.subject).toBe('Refund: USD 438.48');
    expect(full.text).toContain(`Your payment ${ids.paymentId} is now refunded in full (USD 438.48).`);
    const partial = paymentRefundedEmail(
      message({ ...refund, amountMinor: 10000, refundedTotalMinor: 21924, full: false }),
    );
    expect(partial.subject).toBe('Partial refund: USD 100.00');
    expect(partial.text).toContain(`This is a partial refund: USD 219.24 of your payment ${ids.paymentId}`);
  });
});
