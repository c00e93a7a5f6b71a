import type { z } from 'zod';
import type { EventDefinition } from '../../../platform/events/event-definition';
import { defineHandler, type EventHandler } from '../../../platform/events/event-handler';
import type { Email } from '../../../platform/runtime/mail/email';
import { PaymentFailed, PaymentRefunded, PaymentSucceeded } from '../../../contracts/events/payments';
import type { PaymentMessage } from '../mail/payment-email';
import { paymentFailedEmail } from '../mail/payment-failed.email';
import { paymentReceiptEmail } from '../mail/payment-receipt.email';
import { paymentRefundedEmail } from '../mail/payment-refunded.email';
import { User } from '../user/user.entity';

/**
 * Payment emails go to the guest only: the host learns the outcome from the booking emails. The
 * events carry no listing title, so the emails name the booking by reference and link to it.
 */
function notifyGuest<P extends { bookingId: string; guestId: string }>(
  event: EventDefinition<z.ZodType<P>>,
  name: string,
  description: string,
  template: (message: PaymentMessage<P>) => Email,
): EventHandler {
  return defineHandler({
    name: `accounts.${name}`,
    event,
    kind: 'reaction',
    description,
    async handle({ payload, occurredAt }, { em, mailer, config }) {
      const guest = await em.findOne(User, { id: payload.guestId });
      // A deleted user has no address any more (see account-deletion/personal-data-erasure.ts).
      if (!guest || guest.deletedAt) return;
      await mailer.send(
        template({
          to: guest,
          url: `${config.appUrl}/bookings/${payload.bookingId}`,
          at: occurredAt.toISOString(),
          payment: payload,
        }),
      );
    },
  });
}

export const PAYMENT_NOTIFICATIONS: EventHandler[] = [
  notifyGuest(PaymentSucceeded, 'email_payment_receipt', 'receipt email to the guest', paymentReceiptEmail),
  notifyGuest(PaymentFailed, 'email_payment_failed', 'failed-payment email to the guest', paymentFailedEmail),
  notifyGuest(
    PaymentRefunded,
    'email_payment_refunded',
    'refund email to the guest (full or partial)',
    paymentRefundedEmail,
  ),
];
